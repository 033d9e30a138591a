/// Tells page furniture and headings from paragraphs in documents whose markup does not say.
/// Every test runs once a paragraph on its bytes (see `UTF8Text`), with String's meaning kept.
enum BlockClassifier {
    /// `- ๒ -`, `-2-`, `หน้า ๓`, `๑๒`, `(๓)` alone on a line.
    static func isPageNumber(_ text: String) -> Bool {
        guard text.utf8.count <= 40 else { return false }
        // Any scalar but these leaves something that is not a digit: no page number.
        guard text.withBytes(onlyPageNumberScalars) else { return false }
        var core = text.trimmedSpaces
        for word in PageFurniture.pageWords where core.hasPrefix(word) {
            core = core.dropFirst(word.count).trimmedSpaces
        }
        let stripped = core.filter { $0 != "-" && $0 != " " && $0 != "(" && $0 != ")" && $0 != "–" }
        guard !stripped.isEmpty, stripped.count <= 3 else { return false }
        return stripped.unicodeScalars.allSatisfy { Numbering.digitValue($0) != nil }
    }

    /// The text before a trailing page label (`… (พ.ศ. ๒๕๖๘ - ๒๕๖๙) หน้า ๒`, `… page 3`), when the line ends
    /// with one and has words before it.
    static func withoutTrailingPageLabel(_ text: String) -> Substring? {
        // Most paragraphs end in no digit: told from the last bytes before any spaces, before any string is cut.
        guard text.withBytes(endsWithDigit) else { return nil }
        let core = text.trimmedSpaces
        var end = core.unicodeScalars.endIndex
        var digits = 0
        while end > core.unicodeScalars.startIndex, Numbering.digitValue(core.unicodeScalars[core.unicodeScalars.index(before: end)]) != nil {
            end = core.unicodeScalars.index(before: end)
            digits += 1
        }
        guard (1...3).contains(digits) else { return nil }
        let beforeDigits = core[..<end].trimmedSpaces
        for word in PageFurniture.pageWords where beforeDigits.hasSuffix(word) {
            let head = beforeDigits.dropLast(word.count).trimmedSpaces
            return head.isEmpty ? nil : head
        }
        return nil
    }

    /// Whether the last character before trailing spaces is an ASCII or Thai digit (`Numbering.digitValue`).
    private static func endsWithDigit(_ bytes: Bytes) -> Bool {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        guard end > 0 else { return false }
        let last = bytes[end - 1]
        if last >= 0x30 && last <= 0x39 { return true }
        return end >= 3 && bytes[end - 3] == 0xE0 && bytes[end - 2] == 0xB9 && last >= 0x90 && last <= 0x99
    }

    /// Scalars a page number can hold: spaces, dashes, brackets, digits and the page words' letters.
    private static let pageNumberScalars: Set<UInt32> = {
        var set: Set<UInt32> = [0x20, 0x2D, 0x28, 0x29, 0x2013]
        for word in PageFurniture.pageWords { for scalar in word.unicodeScalars { set.insert(scalar.value) } }
        return set
    }()

    private static func onlyPageNumberScalars(_ bytes: Bytes) -> Bool {
        var index = 0
        while index < bytes.count {
            if let digit = UTF8Text.digit(bytes, at: index) { index += digit.width; continue }
            let (value, width) = UTF8Text.scalar(bytes, at: index)
            guard pageNumberScalars.contains(value) else { return false }
            index += width
        }
        return true
    }

    /// `<!-- page 2 -->` on a line of its own.
    static func isCommentLine(_ text: String) -> Bool {
        // The first byte after the spaces must open the comment.
        guard text.withBytes({ bytes in bytes.first { $0 != 0x20 } == UInt8(ascii: "<") }) else { return false }
        let trimmed = text.trimmedSpaces
        return trimmed.hasPrefixFast("<!--") && trimmed.hasSuffixFast("-->")
    }

    /// A page-break mark: a comment line that names a page, or a form feed.
    static func isPageBreak(_ text: String) -> Bool {
        if text.firstByte == 0x0C, text.hasPrefixFast("\u{0C}") { return true }
        guard isCommentLine(text) else { return false }
        let lower = text.lowercased()
        return lower.contains("page") || lower.contains("หน้า")
    }

    /// `/เรียน ปลัด...`: the next page's first words printed at the foot of the page.
    static func isPageTurn(_ text: String) -> Bool {
        guard text.firstByte == UInt8(ascii: "/"), text.first == PageFurniture.pageTurnPrefix, text.utf8.count > 2,
              text.hasAtMostScalars(60) else { return false }
        return PageFurniture.pageTurnEndings.contains { text.hasSuffixFast($0) }
    }

    /// `ตัวชี้วัดที่ ๘ …`, `มิติที่ ๒ …`: a paragraph that opens a new point, however long.
    /// Whether the text opens with a word that starts a paragraph of its own (`ประกาศ ณ วันที่`, `ลงชื่อ`).
    static func startsFresh(_ text: String) -> Bool {
        text.withBytes { bytes in withCompactPrefix(bytes) { compact in freshStartBytes.contains { startsWith(compact, $0) } } }
    }

    private static let freshStartBytes = HeadingWords.freshStarts.map { Array($0.utf8) }

    /// A memo's reference line, `ที่ สพ ๗๑๒๐๑/๐๕๖`: `ที่`, a space, then a number with a slash within a few
    /// words. (The word ที่ alone opens many a continued sentence; written so, it is the memo's field.)
    static func opensMemoReference(_ text: String) -> Bool {
        text.withBytes { bytes in
            var index = 0
            while index < bytes.count, bytes[index] == 0x20 { index += 1 }
            let word = HeadingWords.memoReferenceWord
            guard bytes.count - index > word.count + 1, startsWith(Bytes(rebasing: bytes[index...]), word),
                  bytes[index + word.count] == 0x20 else { return false }
            let window = bytes[(index + word.count)..<min(bytes.count, index + word.count + 60)]
            return window.indices.contains { UTF8Text.digit(bytes, at: $0) != nil } && window.contains(UInt8(ascii: "/"))
        }
    }

    static func startsWithSectionWord(_ text: String) -> Bool {
        text.withBytes { bytes in sectionWordLevel(bytes) != nil }
    }

    /// The level of the section word the text opens with (spaces aside), if any.
    private static func sectionWordLevel(_ bytes: Bytes) -> Int? {
        // Every section word starts with a Thai letter: most texts are ruled out by their first one.
        guard let first = firstScalarCode(bytes), sectionWordStarts.contains(first) else { return nil }
        return withCompactPrefix(bytes) { compact in
            if let level = sectionWords.first(where: { startsWith(compact, $0.bytes) })?.level { return level }
            // `มิติ ๒ …`, `มิตี 2 …`: a bare dimension word is a heading only with its number (or star) right after it.
            for word in bareDimensionWords where startsWith(compact, word) && compact.count > word.count {
                if compact[word.count] == UInt8(ascii: "*") || UTF8Text.digit(compact, at: word.count) != nil { return 2 }
            }
            return nil
        }
    }

    private static let bareDimensionWords = DimensionSpellings.bare.map { Array($0.utf8) }

    /// The first scalar after any spaces, as its UTF-8 bytes packed in an integer.
    static func firstScalarCode(_ bytes: Bytes) -> UInt32? {
        var index = 0
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        guard index < bytes.count else { return nil }
        let width = min(UTF8Text.scalar(bytes, at: index).width, bytes.count - index)
        var code: UInt32 = 0
        for offset in 0..<width { code = code << 8 | UInt32(bytes[index + offset]) }
        return code
    }

    /// A handful of codes: scanning an array beats hashing.
    private static let sectionWordStarts: [UInt32] = Array(Set(sectionWords.compactMap { word in
        word.bytes.withUnsafeBufferPointer { firstScalarCode($0) }
    }))

    /// The first 24 scalars without spaces, built on scalars (no grapheme breaking).
    static func compactPrefix(_ text: String) -> String {
        text.withBytes { bytes in withCompactPrefix(bytes) { String(utf8: $0) } }
    }

    /// Calls `body` with the bytes of the first 24 scalars of `bytes`, spaces left out.
    static func withCompactPrefix<R>(_ bytes: Bytes, _ body: (Bytes) -> R) -> R {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24 * 4) { buffer in
            var count = 0
            var scalars = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte & 0xC0 != 0x80 {
                    guard scalars < 24 else { break }
                    scalars += 1
                }
                if byte != 0x20 { buffer[count] = byte; count += 1 }
                index += 1
            }
            return body(Bytes(rebasing: buffer[..<count]))
        }
    }

    /// The heading level of a one-line paragraph, or nil if it reads as running text.
    static func headingLevel(_ text: String) -> Int? {
        text.withBytes(headingLevel)
    }

    static func headingLevel(_ bytes: Bytes) -> Int? {
        // Headings are short: a long line is running text, whatever it starts with.
        guard bytes.count <= 120 * 3 else { return nil }
        // Sentence ends are ASCII: look at the last byte, not the last grapheme.
        guard let last = bytes.last, !sentenceEndBytes.contains(last) else { return nil }
        if let level = sectionWordLevel(bytes) { return UTF8Text.hasAtMostScalars(bytes, 120) ? level : nil }
        guard UTF8Text.hasAtMostScalars(bytes, HeadingWords.numberedHeadingMaxLength) else { return nil }
        // `๒.` or `๒.๑` followed by words: an outline heading, deeper for each level of numbering.
        var index = 0
        var depth = 0
        var sawDot = false
        while index < bytes.count {
            let start = index
            while let digit = UTF8Text.digit(bytes, at: index) { index += digit.width }
            guard index > start else { break }
            depth += 1
            guard index < bytes.count, bytes[index] == UInt8(ascii: ".") else { break }
            sawDot = true
            index += 1
        }
        guard depth > 0, sawDot, index < bytes.count, bytes[index] == 0x20 else { return nil }
        return min(2 + depth, 6)
    }

    private static let sectionWords: [(bytes: [UInt8], level: Int, word: String)] =
        HeadingWords.sectionWords.map { (Array($0.word.utf8), $0.level, $0.word) }
    private static let sentenceEndBytes: [UInt8] = HeadingWords.sentenceEnds.compactMap { $0.asciiValue }

    /// `hasPrefix` of the compact prefix, as String reads it.
    private static func startsWith(_ compact: Bytes, _ word: [UInt8]) -> Bool {
        word.withUnsafeBufferPointer { word in
            UTF8Text.hasPrefix(compact, word)
                ?? String(decoding: compact, as: UTF8.self).hasPrefix(String(decoding: word, as: UTF8.self))
        }
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
        withBytes { UTF8Text.scalarCount($0, upTo: limit) }
    }

    /// Whether the text has at most `limit` Unicode scalars (`scalarCount(upTo: limit) <= limit`).
    func hasAtMostScalars(_ limit: Int) -> Bool {
        withBytes { UTF8Text.hasAtMostScalars($0, limit) }
    }
}
