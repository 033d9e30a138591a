/// Tells page furniture and headings from paragraphs in documents whose markup does not say.
enum BlockClassifier {
    /// `- ๒ -`, `-2-`, `หน้า ๓`, `๑๒`, `(๓)` alone on a line.
    static func isPageNumber(_ text: String) -> Bool {
        guard text.utf8.count <= 40 else { return false }
        var core = text.trimmedSpaces
        for word in PageFurniture.pageWords where core.hasPrefix(word) {
            core = core.dropFirst(word.count).trimmedSpaces
        }
        let stripped = core.filter { $0 != "-" && $0 != " " && $0 != "(" && $0 != ")" && $0 != "–" }
        guard !stripped.isEmpty, stripped.count <= 3 else { return false }
        return stripped.unicodeScalars.allSatisfy { Numbering.digitValue($0) != nil }
    }

    /// `<!-- page 2 -->` on a line of its own.
    static func isCommentLine(_ text: String) -> Bool {
        guard text.utf8.contains(UInt8(ascii: "<")) else { return false }
        let trimmed = text.trimmedSpaces
        return trimmed.hasPrefix("<!--") && trimmed.hasSuffix("-->")
    }

    /// A page-break mark: a comment line that names a page, or a form feed.
    static func isPageBreak(_ text: String) -> Bool {
        if text.hasPrefix("\u{0C}") { return true }
        guard isCommentLine(text) else { return false }
        let lower = text.lowercased()
        return lower.contains("page") || lower.contains("หน้า")
    }

    /// `/เรียน ปลัด...`: the next page's first words printed at the foot of the page.
    static func isPageTurn(_ text: String) -> Bool {
        guard text.first == PageFurniture.pageTurnPrefix, text.utf8.count > 2, text.scalarCount(upTo: 60) <= 60 else { return false }
        return PageFurniture.pageTurnEndings.contains { text.hasSuffix($0) }
    }

    /// `ตัวชี้วัดที่ ๘ …`, `มิติที่ ๒ …`: a paragraph that opens a new point, however long.
    static func startsWithSectionWord(_ text: String) -> Bool {
        let compact = compactPrefix(text)
        return HeadingWords.sectionWords.contains { compact.hasPrefix($0.word) }
    }

    /// The first 24 scalars without spaces, built on scalars (no grapheme breaking).
    static func compactPrefix(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars.prefix(24) where scalar != " " { scalars.append(scalar) }
        return String(scalars)
    }

    /// The heading level of a one-line paragraph, or nil if it reads as running text.
    static func headingLevel(_ text: String) -> Int? {
        // Headings are short: a long line is running text, whatever it starts with.
        guard text.utf8.count <= 120 * 3 else { return nil }
        // Sentence ends are ASCII: look at the last byte, not the last grapheme.
        guard let last = text.utf8.last, !HeadingWords.sentenceEnds.contains(Character(Unicode.Scalar(last))) else { return nil }
        let compact = Self.compactPrefix(text)
        for (word, level) in HeadingWords.sectionWords where compact.hasPrefix(word) {
            return text.scalarCount(upTo: 120) <= 120 ? level : nil
        }
        guard text.scalarCount(upTo: HeadingWords.numberedHeadingMaxLength) <= HeadingWords.numberedHeadingMaxLength else { return nil }
        // `๒.` or `๒.๑` followed by words: an outline heading, deeper for each level of numbering.
        let scalars = Array(text.unicodeScalars)
        var index = 0
        var depth = 0
        var sawDot = false
        while index < scalars.count {
            let start = index
            while index < scalars.count, Numbering.digitValue(scalars[index]) != nil { index += 1 }
            guard index > start else { break }
            depth += 1
            guard index < scalars.count, scalars[index] == "." else { break }
            sawDot = true
            index += 1
        }
        guard depth > 0, sawDot, index < scalars.count, scalars[index] == " " else { return nil }
        return min(2 + depth, 6)
    }
}

extension StringProtocol {
    /// Leading and trailing ASCII spaces removed, on UTF-8 (no grapheme breaking).
    var trimmedSpaces: Substring {
        let whole = Substring(self)
        let utf8 = whole.utf8
        var start = utf8.startIndex
        var end = utf8.endIndex
        while start < end, utf8[start] == 0x20 { start = utf8.index(after: start) }
        while end > start, utf8[utf8.index(before: end)] == 0x20 { end = utf8.index(before: end) }
        return whole[start..<end]
    }

    /// Unicode scalars, counted without grapheme breaking; stops counting past `limit`.
    func scalarCount(upTo limit: Int) -> Int {
        var count = 0
        for byte in utf8 where byte & 0xC0 != 0x80 {
            count += 1
            if count > limit { return count }
        }
        return count
    }
}
