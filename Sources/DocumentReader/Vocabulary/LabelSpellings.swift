/// Misspelled keywords in column labels and the word meant (`มิตี` for มิติ, as OCR and typists write it).
enum LabelSpellings {
    static let corrections: [(written: String, meant: String)] = [
        ("มิตินี้", "มิติ"), ("มิตี", "มิติ"),
    ]

    /// The bytes all the written forms start with.
    private static let commonStart: [UInt8] = corrections.dropFirst().reduce(Array(corrections[0].written.utf8)) { common, correction in
        Array(zip(common, correction.written.utf8).prefix { $0.0 == $0.1 }.map(\.0))
    }

    /// Whether a label's bytes hold the letters every misspelling starts with.
    static func mayNeedCorrection(_ bytes: Bytes) -> Bool {
        commonStart.withUnsafeBufferPointer { UTF8Text.find($0, in: bytes) != nil }
    }

    static func correct(_ label: String) -> String {
        // Every misspelling starts with the same letters: a label without them needs no look.
        guard label.withBytes(mayNeedCorrection) else { return label }
        var label = label
        for (written, meant) in corrections where label.containsBytes(written) {
            label = label.replacing(written, with: meant)
        }
        return label
    }
}
