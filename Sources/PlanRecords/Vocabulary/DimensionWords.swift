import DocumentReader

/// How the exports spell มิติที่ (dimension): the reader's table (DimensionSpellings), longer first.
enum DimensionWords {
    static let spellings = DimensionSpellings.all
    /// How they spell ภารกิจ (mission) when a mission is introduced by its word.
    static let mission = ["ภารกิจที่", "ภารกิจ"]
}
