/// How the exports spell มิติที่ (dimension): the real word and its OCR misspellings. Longer first.
enum DimensionWords {
    static let spellings = ["มิติที่", "มิตีที่", "มติที่", "มิตที่", "มิตินี้", "มิตี", "มิติ", "มติ"]
    /// How they spell ภารกิจ (mission) when a mission is introduced by its word.
    static let mission = ["ภารกิจที่", "ภารกิจ"]
}
