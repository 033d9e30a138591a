/// Whether a paragraph cut by a blank line or a page break goes on in the next paragraph.
enum SentenceJoin {
    enum Decision { case wordSplit, sentence }

    /// A line this long that ends with no punctuation was cut, not finished.
    static let cutLineMinLength = 80

    static func decide(_ last: DraftLine, _ next: DraftLine, acrossPage: Bool) -> Decision? {
        guard let end = last.text.unicodeScalars.last, let start = next.text.unicodeScalars.first,
              ThaiJoin.isThaiLetterOrMark(end), ThaiJoin.isThaiLetterOrMark(start) else { return nil }
        // The next paragraph must not open something new: a numbered point or a heading.
        guard Numbering.leadingNumber(next.text) == nil, BlockClassifier.headingLevel(next.text) == nil else { return nil }
        if ThaiJoin.isInsideWord(Substring(last.text), Substring(next.text)) { return .wordSplit }
        return last.text.unicodeScalars.count >= cutLineMinLength ? .sentence : nil
    }
}
