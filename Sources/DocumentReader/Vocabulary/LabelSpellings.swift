/// Misspelled keywords in column labels and the word meant (`มิตี` for มิติ, as OCR and typists write it).
enum LabelSpellings {
    static let corrections: [(written: String, meant: String)] = [
        ("มิตินี้", "มิติ"), ("มิตี", "มิติ"),
    ]

    static func correct(_ label: String) -> String {
        var label = label
        for (written, meant) in corrections where label.containsBytes(written) {
            label = label.replacing(written, with: meant)
        }
        return label
    }
}
