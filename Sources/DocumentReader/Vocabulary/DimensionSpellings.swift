/// How the exports spell มิติที่ (dimension): the real word and its OCR misspellings, longer first. One table for the
/// reader (a line that opens with one is a heading, never the end of the sentence above) and the records (which
/// dimension the text opens).
public enum DimensionSpellings {
    /// The forms that say "dimension number …" on their own (`มิติที่ ๒`, misspelt `มติที่`, `มิตินี้ ๒`).
    public static let numbered = ["มิติที่", "มิตีที่", "มติที่", "มิตที่", "มิตินี้"]
    /// The bare words, a dimension only with its number right after (`มิติ 1 …`); `มติ` alone is also a resolution.
    public static let bare = ["มิตี", "มิติ", "มติ"]
    public static let all = numbered + bare
}
