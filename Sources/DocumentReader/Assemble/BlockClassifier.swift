/// Tells page furniture and headings from paragraphs in documents whose markup does not say.
enum BlockClassifier {
    /// `- ๒ -`, `-2-`, `หน้า ๓`, `๑๒`, `(๓)` alone on a line.
    static func isPageNumber(_ text: String) -> Bool {
        var core = Substring(text).trimmingCharacters(in: " ")
        for word in PageFurniture.pageWords where core.hasPrefix(word) {
            core = String(core.dropFirst(word.count)).trimmingCharacters(in: " ")
        }
        let stripped = core.filter { $0 != "-" && $0 != " " && $0 != "(" && $0 != ")" && $0 != "–" }
        guard !stripped.isEmpty, stripped.count <= 3 else { return false }
        return stripped.unicodeScalars.allSatisfy { Numbering.digitValue($0) != nil }
    }

    /// `<!-- page 2 -->` on a line of its own.
    static func isCommentLine(_ text: String) -> Bool {
        let trimmed = Substring(text).trimmingCharacters(in: " ")
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
        guard text.first == PageFurniture.pageTurnPrefix, text.count > 2, text.count <= 60 else { return false }
        return PageFurniture.pageTurnEndings.contains { text.hasSuffix($0) }
    }

    /// `ตัวชี้วัดที่ ๘ …`, `มิติที่ ๒ …`: a paragraph that opens a new point, however long.
    static func startsWithSectionWord(_ text: String) -> Bool {
        let compact = text.prefix(20).filter { $0 != " " }
        return HeadingWords.sectionWords.contains { compact.hasPrefix($0.word) }
    }

    /// The heading level of a one-line paragraph, or nil if it reads as running text.
    static func headingLevel(_ text: String) -> Int? {
        guard let last = text.last, !HeadingWords.sentenceEnds.contains(last) else { return nil }
        let compact = text.filter { $0 != " " }
        for (word, level) in HeadingWords.sectionWords where compact.hasPrefix(word) {
            return text.count <= 120 ? level : nil
        }
        guard text.count <= HeadingWords.numberedHeadingMaxLength else { return nil }
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

extension Substring {
    func trimmingCharacters(in set: Character) -> String {
        String(drop(while: { $0 == set }).reversed().drop(while: { $0 == set }).reversed())
    }
}
