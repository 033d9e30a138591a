/// Whether a paragraph cut by a blank line or a page break goes on in the next paragraph.
enum SentenceJoin {
    enum Decision { case wordSplit, sentence }

    /// A line this long that ends with no punctuation was cut, not finished.
    static let cutLineMinLength = 80
    /// …and its continuation is running text, not a short heading.
    static let continuedLineMinLength = 30

    static func decide(_ last: DraftLine, _ next: DraftLine, acrossPage: Bool, joins: JoinCache? = nil) -> Decision? {
        // Thai letters are three bytes: the last three of one text and the first three of the other.
        guard last.text.withBytes({ $0.count >= 3 && UTF8Text.isThaiLetterOrMark($0, at: $0.count - 3) }),
              next.text.withBytes({ UTF8Text.isThaiLetterOrMark($0, at: 0) }) else { return nil }
        // The next paragraph must not open something new: a numbered point or a heading.
        guard Numbering.leadingNumber(next.text) == nil, BlockClassifier.headingLevel(next.text) == nil,
              !BlockClassifier.startsWithSectionWord(next.text), !BlockClassifier.startsFresh(next.text),
              !BlockClassifier.opensMemoReference(next.text) else { return nil }
        // A short line (a heading, a label, a memo's field) is no line the page or the export cut mid-word:
        // `ผลการประเมิน` above `ผลการประเมินคุณธรรม…` is no split `ประเมิน|ผล`.
        guard !last.text.hasAtMostScalars(continuedLineMinLength - 1) else { return nil }
        if ThaiJoin.isInsideWord(Substring(last.text), Substring(next.text), cache: joins) { return .wordSplit }
        // Both sides must read as running text: a short next line is a heading or a label.
        guard !last.text.hasAtMostScalars(cutLineMinLength - 1),
              !next.text.hasAtMostScalars(continuedLineMinLength - 1) else { return nil }
        return .sentence
    }
}
