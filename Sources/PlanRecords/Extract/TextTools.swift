import DocumentReader
import ThaiText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Small text helpers shared by the extractors. Comparisons are made on "compact" text:
/// spaces, zero-width characters and markdown emphasis removed, Thai digits as Arabic.
enum TextTools {
    static func compact(_ text: some StringProtocol) -> String {
        // On UTF-8 bytes: this runs on every block and line the readers look at.
        let utf8 = text.utf8
        if let result = utf8.withContiguousStorageIfAvailable(compactBytes) { return result }
        return Array(utf8).withUnsafeBufferPointer(compactBytes)
    }

    /// Spaces (ASCII, no-break U+00A0), zero-width U+200B–D, BOM and `*` dropped; Thai digits U+0E50–59 as ASCII.
    static func compactBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            var read = 0
            var written = 0
            let count = bytes.count
            while read < count {
                // A Thai character (most of the text) copied whole, or its digit as ASCII; the rest a step at a time.
                if bytes[read] == 0xE0, read + 2 < count {
                    let second = bytes[read + 1], third = bytes[read + 2]
                    if second == 0xB9, (0x90...0x99).contains(third) {
                        out[written] = third - 0x90 + 0x30
                        written += 1
                    } else {
                        out[written] = 0xE0
                        out[written + 1] = second
                        out[written + 2] = third
                        written += 3
                    }
                    read += 3
                    continue
                }
                let (byte, next) = compactStep(bytes, read)
                read = next
                if let byte {
                    out[written] = byte
                    written += 1
                }
            }
            return written
        }
    }

    /// One step of reading bytes as compact text: the compact byte at `read` (nil where compacting drops
    /// what stands there) and where the next step starts. Shared by `compactBytes` and `CompactTrie`.
    @inline(__always)
    static func compactStep(_ bytes: UnsafeBufferPointer<UInt8>, _ read: Int) -> (byte: UInt8?, next: Int) {
        let count = bytes.count
        let byte = bytes[read]
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D, 0x2A:
            return (nil, read + 1)
        case 0xC2 where read + 1 < count && bytes[read + 1] == 0xA0:
            return (nil, read + 2)
        case 0xE2 where read + 2 < count && bytes[read + 1] == 0x80 && (0x8B...0x8D).contains(bytes[read + 2]):
            return (nil, read + 3)
        case 0xEF where read + 2 < count && bytes[read + 1] == 0xBB && bytes[read + 2] == 0xBF:
            return (nil, read + 3)
        case 0xE0 where read + 2 < count && bytes[read + 1] == 0xB9 && (0x90...0x99).contains(bytes[read + 2]):
            return (bytes[read + 2] - 0x90 + 0x30, read + 3)
        default:
            return (byte, read + 1)
        }
    }

    /// The compact text of the first `bytes` bytes of `text` (to a character's end): enough to compare
    /// a line's opening words with a vocabulary, without compacting the whole line.
    static func compactHead(_ text: some StringProtocol, bytes limit: Int = 240) -> String {
        let utf8 = text.utf8
        guard utf8.count > limit else { return compact(text) }
        var end = utf8.index(utf8.startIndex, offsetBy: limit)
        while end < utf8.endIndex, utf8[end] & 0xC0 == 0x80 { utf8.formIndex(after: &end) }
        return compact(Substring(text)[utf8.startIndex..<end])
    }

    /// The compact text of up to `window` bytes before `offset` (from a character's start): what the
    /// readers look at just before a figure. Compacting everything before each figure was quadratic.
    static func compactBefore(_ bytes: [UInt8], offset: Int, window: Int = 900) -> String {
        var start = max(0, offset - window)
        while start < offset, bytes[start] & 0xC0 == 0x80 { start += 1 }
        return bytes[start..<offset].withUnsafeBufferPointer(compactBytes)
    }

    /// The lines of `text`, split at `\n` bytes. (`split(separator: "\n")` walks graphemes and compares
    /// each one as a string; on long documents that was most of the parser's time.)
    static func lines<S: StringProtocol>(_ text: S, omittingEmpty: Bool = false) -> [S.SubSequence] {
        let utf8 = text.utf8
        // Line ends found with memchr over the contiguous bytes (walking the view's indices a byte at a time
        // was a tenth of the parse), then turned into indices by offset.
        let lineBreak: [UInt8] = [0x0A]
        let ends: [Int]? = utf8.withContiguousStorageIfAvailable { ByteSearch.offsets(of: lineBreak, in: $0) }
        var result: [S.SubSequence] = []
        var start = utf8.startIndex
        if let ends {
            var startOffset = 0
            for end in ends {
                let endIndex = utf8.index(start, offsetBy: end - startOffset)
                if !omittingEmpty || start != endIndex { result.append(text[start..<endIndex]) }
                start = utf8.index(after: endIndex)
                startOffset = end + 1
            }
        } else {
            var index = start
            while index != utf8.endIndex {
                if utf8[index] == 0x0A {
                    if !omittingEmpty || start != index { result.append(text[start..<index]) }
                    start = utf8.index(after: index)
                }
                utf8.formIndex(after: &index)
            }
        }
        if !omittingEmpty || start != utf8.endIndex { result.append(text[start..<utf8.endIndex]) }
        return result
    }

    /// The text with its line breaks as spaces.
    static func joinedLines(_ text: String) -> String {
        guard contains(byte: 0x0A, in: text) else { return text }
        return String(decoding: text.utf8.map { $0 == 0x0A ? 0x20 : $0 }, as: UTF8.self)
    }

    /// The text up to its first line break.
    static func firstLine<S: StringProtocol>(_ text: S) -> S.SubSequence {
        let utf8 = text.utf8
        let end = firstIndex(of: 0x0A, in: text) ?? utf8.endIndex
        return text[utf8.startIndex..<end]
    }

    /// The text after its first line break, if it has one.
    static func afterFirstLine<S: StringProtocol>(_ text: S) -> S.SubSequence? {
        let utf8 = text.utf8
        guard let end = firstIndex(of: 0x0A, in: text) else { return nil }
        return text[utf8.index(after: end)..<utf8.endIndex]
    }

    /// Where `byte` first occurs in the text's UTF-8, found with memchr (the generic `firstIndex(of:)` on a
    /// string's UTF-8 view walks it a byte at a time through the view's index type).
    static func firstIndex<S: StringProtocol>(of byte: UInt8, in text: S) -> String.Index? {
        let utf8 = text.utf8
        let offset = utf8.withContiguousStorageIfAvailable { buffer -> Int? in
            guard let base = buffer.baseAddress, let hit = memchr(base, Int32(byte), buffer.count) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
        switch offset {
        case .some(.some(let offset)): return utf8.index(utf8.startIndex, offsetBy: offset)
        case .some(.none): return nil
        case .none: return utf8.firstIndex(of: byte)
        }
    }

    /// Whether some line of the text, trimmed, may open with `byte`: found from each place the byte stands
    /// (memchr), without splitting the text into lines. Only what `trimmed` takes off (spaces, `*`, other
    /// scripts' spaces) may stand before it; a character outside ASCII and Thai counts as such a space, so
    /// the answer may be yes where the line proves not to open with it, never no where it does.
    static func someLine(mayStartWith byte: UInt8, in text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            var from = 0
            while from < bytes.count, let hit = memchr(base + from, Int32(byte), bytes.count - from) {
                let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                var before = position
                walkBack: while before > 0 {
                    let previous = bytes[before - 1]
                    switch previous {
                    case 0x0A: break walkBack
                    case 0x20, 0x09, 0x0B...0x0D, 0x2A: before -= 1
                    case 0x80...:
                        // The scalar this byte ends: Thai (E0 B8 xx, E0 B9 xx) is never trimmed.
                        var lead = before - 1
                        while lead > 0, bytes[lead] & 0xC0 == 0x80, before - lead < 4 { lead -= 1 }
                        if bytes[lead] == 0xE0, lead + 1 < bytes.count, bytes[lead + 1] == 0xB8 || bytes[lead + 1] == 0xB9 { break walkBack }
                        before = lead
                    default: break walkBack
                    }
                }
                if before == 0 || bytes[before - 1] == 0x0A { return true }
                from = position + 1
            }
            return false
        }
    }

    static func contains<S: StringProtocol>(byte: UInt8, in text: S) -> Bool {
        firstIndex(of: byte, in: text) != nil
    }

    /// Whether `text` has at most `limit` characters, walking no more than `limit + 1` of them
    /// (`count` breaks graphemes over the whole text).
    static func hasAtMost(_ limit: Int, charactersIn text: String) -> Bool {
        if let count = thaiCharacterCount(text) { return count <= limit }
        guard let index = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex) else { return true }
        return index == text.endIndex
    }

    /// The number of characters (grapheme clusters) of a text made only of printable ASCII and Thai,
    /// counted on its bytes: a Thai vowel or tone mark above or below (Extend) and sara am (SpacingMark)
    /// join the character before them; everything else in those ranges stands alone. Nil for any other
    /// text, which the caller counts the slow way. (Swift's grapheme breaking of Thai costs hundreds of
    /// instructions a character.)
    static func thaiCharacterCount(_ text: some StringProtocol) -> Int? {
        let utf8 = text.utf8
        let counted: Int?? = utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var count = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte >= 0x20 && byte < 0x7F {
                    count += 1
                    index += 1
                    continue
                }
                guard byte == 0xE0, index + 2 < bytes.count, bytes[index + 1] == 0xB8 || bytes[index + 1] == 0xB9 else { return nil }
                // The code point's offset in the Thai block U+0E00–0E7F.
                let offset = (bytes[index + 1] & 0x01) << 6 | (bytes[index + 2] & 0x3F)
                // A mark with nothing before it is a character of its own.
                if !ThaiScript.joinsCharacterBefore(offset) || index == 0 { count += 1 }
                index += 3
            }
            return count
        }
        return counted ?? nil
    }

    /// Whether two texts have the same UTF-8 bytes (`==` on strings that differ checks their normalisation,
    /// which is slow for Thai; texts here are NFC already).
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a.startsWith(b)
    }

    /// How many code points `text` holds, counted on its bytes (every byte but a continuation byte starts one).
    static func scalarCount(_ text: some StringProtocol) -> Int {
        let utf8 = text.utf8
        let counted = utf8.withContiguousStorageIfAvailable { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
        return counted ?? text.unicodeScalars.count
    }

    /// The last `limit` characters of `text`, as `text.suffix(limit)` gives them, walked back over the bytes
    /// where the text there is printable ASCII and Thai (see `thaiCharacterCount`).
    static func suffix(_ text: String, characters limit: Int) -> Substring {
        let utf8 = text.utf8
        // On the contiguous bytes, by offset (the view's `index(before:)` checked each index it stepped to).
        let cut: Int?? = utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var index = bytes.count
            var count = 0
            while count < limit, index > 0 {
                var start = index - 1
                while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
                guard let isMark = thaiOrASCIIMark(bytes, at: start) else { return nil }
                if !isMark { count += 1 }
                index = start
            }
            // What stands before the cut must be ASCII or Thai too, or the cut may not be a character edge.
            if index > 0 {
                var before = index - 1
                while before > 0, bytes[before] & 0xC0 == 0x80 { before -= 1 }
                guard thaiOrASCIIMark(bytes, at: before) != nil else { return nil }
            }
            return index
        }
        guard let offset = cut ?? nil else { return text.suffix(limit) }
        return text[utf8.index(utf8.startIndex, offsetBy: offset)...]
    }

    /// For a printable ASCII or Thai code point at `index`: whether it is a Thai mark that joins the
    /// character before it. Nil for anything else.
    private static func thaiOrASCIIMark(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool? {
        let byte = bytes[index]
        if byte >= 0x20 && byte < 0x7F { return false }
        guard byte == 0xE0, index + 2 < bytes.count, bytes[index + 1] == 0xB8 || bytes[index + 1] == 0xB9 else { return nil }
        return ThaiScript.joinsCharacterBefore((bytes[index + 1] & 0x01) << 6 | (bytes[index + 2] & 0x3F))
    }

    /// Without leading and trailing white space and `*`.
    static func trimmed(_ text: some StringProtocol) -> String {
        String(trimmedSlice(Substring(text)))
    }

    static func trimmedSlice(_ text: Substring) -> Substring {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isTrimmable(scalars[start]) { scalars.formIndex(after: &start) }
        while start < end {
            let before = scalars.index(before: end)
            guard isTrimmable(scalars[before]) else { break }
            end = before
        }
        return text[start..<end]
    }

    @inline(__always)
    static func isTrimmable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09...0x0D, 0x2A: return true
        case 0..<0x80, 0x0E00...0x0E7F: return false  // Thai answered from its range: most edges are Thai letters
        default: return scalar.properties.isWhitespace
        }
    }

    /// The digits at the start of `text` (after spaces, `(` and `*`), Thai or Arabic, as an integer,
    /// with the text that follows them.
    static func leadingInteger(_ text: Substring) -> (value: Int, rest: Substring)? {
        var index = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        while index < scalars.endIndex, scalars[index] == " " || scalars[index] == "(" { index = scalars.index(after: index) }
        var value = 0
        var digits = 0
        while index < scalars.endIndex, let digit = digitValue(scalars[index]), digits < 9 {
            value = value * 10 + digit
            digits += 1
            index = scalars.index(after: index)
        }
        guard digits > 0 else { return nil }
        return (value, Substring(scalars[index...]))
    }

    /// The item's own number in a marker as written: `๓` in `๓.`, `(๓)` and `12)`; the last part of an outline
    /// number (`๒` in `๑.๒.๒`), which counts within its parent (`๑.๒.๑`, `๑.๒.๒`, then `๒.๑.๑`).
    static func markerNumber(_ marker: Substring) -> Int? {
        guard var (value, rest) = leadingInteger(marker) else { return nil }
        // A further part is a dot and a digit right after it (`leadingInteger` would skip a space or `(`).
        while rest.unicodeScalars.first == ".", let next = rest.unicodeScalars.dropFirst().first, digitValue(next) != nil,
              let (part, after) = leadingInteger(rest.dropFirst()) {
            value = part
            rest = after
        }
        return value
    }

    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0x0E50...0x0E59: return Int(scalar.value - 0x0E50)
        default: return nil
        }
    }

    /// The text after the first of `prefixes` that `text` starts with (spaces ignored before it).
    static func after(prefixes: [String], in text: String) -> Substring? {
        let trimmed = text.drop { $0 == " " || $0 == "*" }
        for prefix in prefixes where trimmed.startsWith(prefix) { return trimmed.dropFirst(prefix.count) }
        return nil
    }

    /// Removes a leading outline marker (`๑.`, `๑)`, `(๑)`, `๑.๒.`, `-`) and spaces. A marker ends in `.` or
    /// `)`: an outline number such as `๑.๒.๓ …` stays.
    static func droppingMarker(_ text: some StringProtocol) -> Substring {
        let whole = Substring(text)
        // Walked on the UTF-8 bytes: every marker character is ASCII, a Thai digit or `•`.
        let utf8 = whole.utf8
        let length = utf8.withContiguousStorageIfAvailable(markerLength) ?? Array(utf8).withUnsafeBufferPointer(markerLength)
        return whole[utf8.index(utf8.startIndex, offsetBy: length)...]
    }

    /// How many bytes the leading marker and the spaces after it take.
    static func markerLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let end = bytes.count
        func width(_ index: Int) -> Int {
            switch bytes[index] {
            case 0xC0...0xDF: return min(2, end - index)
            case 0xE0...0xEF: return min(3, end - index)
            case 0xF0...0xF7: return min(4, end - index)
            default: return 1
            }
        }
        func isBullet(_ index: Int) -> Bool {
            index + 2 < end && bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA2
        }
        /// The width of a digit (ASCII or Thai) at `index`, or 0.
        func digitWidth(_ index: Int) -> Int {
            if (0x30...0x39).contains(bytes[index]) { return 1 }
            if index + 2 < end, bytes[index] == 0xE0, bytes[index + 1] == 0xB9, (0x90...0x99).contains(bytes[index + 2]) { return 3 }
            return 0
        }
        var index = 0
        while index < end {
            if bytes[index] == 0x20 || bytes[index] == 0x2D || bytes[index] == 0x2A { index += 1 }
            else if isBullet(index) { index += 3 }
            else { break }
        }
        if index < end, bytes[index] == 0x28 {
            // `(๑)`: a bracketed marker of at most four characters.
            var probe = index + 1
            var length = 1
            while probe < end, length <= 4, bytes[probe] != 0x29 { probe += width(probe); length += 1 }
            if probe < end, length <= 4, bytes[probe] == 0x29 { index = probe + 1 }
        } else {
            // Digits, with `.` or `)` between and after them; a marker must end in one of those.
            var probe = index
            var lastWasPunctuation = false
            var sawDigit = false
            // `๑.๑ ชื่อโครงการ`, `๑.๑.๒ ชื่อโครงการ`: an outline number of two or three parts (one or two digits
            // each) before a space is a marker too; a year or an amount never is.
            var dots = 0
            var partDigits = 0
            var longestPart = 0
            while probe < end {
                let digit = digitWidth(probe)
                if digit > 0 { sawDigit = true; lastWasPunctuation = false; probe += digit; partDigits += 1; longestPart = max(longestPart, partDigits) }
                else if sawDigit && (bytes[probe] == 0x2E || bytes[probe] == 0x29) {
                    if bytes[probe] == 0x2E { dots += 1 }
                    lastWasPunctuation = true; probe += 1; partDigits = 0
                }
                else { break }
            }
            if sawDigit, lastWasPunctuation || ((dots == 1 || dots == 2) && longestPart <= 2 && probe < end && bytes[probe] == 0x20) { index = probe }
        }
        while index < end, bytes[index] == 0x20 || bytes[index] == 0x3A { index += 1 }
        return index
    }

    /// Tokens of a piece of text whose first line is `line` in the source.
    /// Lines are counted in the newlines of `text`; a block's text can hold more of them than its source
    /// lines (HTML `<br>` and `<p>` become newlines), so positions past `endLine` are put on it: a place
    /// is always inside the block it was read from.
    /// Tokens of a block's text, each on the source line its text line came from (`Block.sourceLine`).
    /// Where pieces of a text line stand apart in the source (`Block.linePieces`: a word split across lines and
    /// joined, text past a marker or an indent), a token is placed where its piece is written.
    static func tokens(of block: Block) -> [Token] {
        guard block.lineSources != nil || block.linePieces != nil else {
            var found = tokens(block.text, line: block.source.line, column: block.source.column, endLine: block.source.endLine)
            // A paragraph of HTML is one line of text over several of source: its figures are found in the source.
            block.placeInMarkup(&found)
            return found
        }
        var found = tokens(block.text, line: block.source.line, column: block.source.column)
        for index in found.indices {
            let span = found[index].span
            let start = block.sourcePosition(ofTextLine: span.start.line - block.source.line, column: span.start.column)
            let end = block.sourcePosition(ofTextLine: span.end.line - block.source.line, column: span.end.column)
            found[index].span.start.line = start.line
            found[index].span.start.column = start.column
            found[index].span.end.line = max(end.line, start.line)
            found[index].span.end.column = end.column
        }
        block.placeInMarkup(&found)
        return found
    }

    static func tokens(_ text: String, line: Int, column: Int = 1, endLine: Int? = nil) -> [Token] {
        var tokens = LexicalScanner.scan(text, options: ScanOptions(origin: SourcePosition(line: line, column: column, offset: 0)))
        if let endLine {
            for index in tokens.indices where tokens[index].span.end.line > endLine {
                tokens[index].span.start.line = min(tokens[index].span.start.line, endLine)
                tokens[index].span.end.line = endLine
            }
        }
        return tokens
    }
}

extension TextTools {
    /// A cell's raw text with its tags taken out (`<td rowspan=2>๑) โครงการ…</td>` → `๑) โครงการ…`) and the
    /// spaces they leave collapsed: the name as written in the source, for an auditor to read, without the
    /// markup around it. Spelling, wrap spaces and entities are left as written.
    static func withoutTags(_ raw: String) -> String {
        guard contains(byte: UInt8(ascii: "<"), in: raw) else { return raw }
        var output: [UInt8] = []
        output.reserveCapacity(raw.utf8.count)
        var bytes = raw.utf8[...]
        var pendingSpace = false
        while let byte = bytes.first {
            // A tag opens with `<` and a letter, `/` or `!`; any other `<` is text.
            if byte == UInt8(ascii: "<"), let next = bytes.dropFirst().first,
               (next | 0x20) >= UInt8(ascii: "a") && (next | 0x20) <= UInt8(ascii: "z") || next == UInt8(ascii: "/") || next == UInt8(ascii: "!"),
               let close = bytes.firstIndex(of: UInt8(ascii: ">")) {
                bytes = bytes[bytes.index(after: close)...]
                pendingSpace = !output.isEmpty
                continue
            }
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.append(0x20); pendingSpace = false }
                output.append(byte)
            }
            bytes = bytes.dropFirst()
        }
        return String(decoding: output, as: UTF8.self)
    }
}

/// What a table cell holds, as a figure.
enum CellFigure: Equatable {
    case amount(ExactDecimal)
    /// `-`: not planned, not applicable.
    case dash
    case empty
    case words
    /// A figure that is no number as written (`1O,000.00`), and why.
    case unreadable(reason: String)
}

extension CellFigure {
    /// `scale`: what a bare figure is multiplied by, in a column counted in millions or thousands of baht.
    static func read(_ text: String, scale: ExactDecimal? = nil) -> CellFigure {
        let trimmed = TextTools.trimmed(text)
        if trimmed.isEmpty { return .empty }
        if trimmed == "-" || trimmed == "–" || trimmed == "—" || trimmed == "-.-" { return .dash }
        if LexicalScanner.hasMinusSign(trimmed) { return .unreadable(reason: "a minus sign before the figure") }
        for token in LexicalScanner.scan(trimmed) {
            switch token.value {
            case .number(let value):
                guard let scale else { return .amount(value) }
                guard let scaled = value.multiplied(by: scale), scaled.isInFigureRange else { return .unreadable(reason: "too large in the column's unit") }
                // Written with two decimals, as the scanner writes money (1.5 millions is 1500000.00).
                return .amount(scaled.scaled(atLeast: 2) ?? scaled)
            case .money(let value, _): return .amount(value)
            case .count(let value, _): return .amount(value)
            case .malformed(let reason): return .unreadable(reason: reason)
            default: continue
            }
        }
        // A cell that is one run of digits, too long to be read: no figure as written, never words.
        if let digits = LexicalScanner.overlongFigureDigits(trimmed) { return .unreadable(reason: "\(digits) digits, more than any figure of a local budget") }
        return .words
    }

    /// A cell of a baht column: a figure with dots where commas group thousands (`30.000`) is no amount as
    /// written (not thirty baht).
    static func readMoney(_ text: String, scale: ExactDecimal? = nil) -> CellFigure {
        // (`1.250.000` scans as an outline number, `30.000` as thirty: the shape is looked at first.)
        let trimmed = TextTools.trimmed(text)
        if LexicalScanner.dotsGroupThousands(trimmed) { return .unreadable(reason: "dots where commas group thousands") }
        if LexicalScanner.spaceInsideFigure(trimmed) { return .unreadable(reason: "a space inside the figure") }
        if LexicalScanner.opensWithDigitLookalike(trimmed) { return .unreadable(reason: "a letter O or l among the digits") }
        let figure = read(text, scale: scale)
        if figure == .words, LexicalScanner.commasGroupWrongly(trimmed) { return .unreadable(reason: "digits grouped wrongly") }
        return figure
    }

    /// A percentage cell (`97.50`, `97.50%`, `ร้อยละ 97.50`): its number, the sign and word dropped.
    static func readPercent(_ text: String) -> CellFigure {
        var trimmed = Substring(TextTools.trimmed(text))
        if trimmed.hasSuffix("%") { trimmed = trimmed.dropLast() }
        if trimmed.hasPrefix("ร้อยละ") { trimmed = trimmed.dropFirst("ร้อยละ".count) }
        return read(String(trimmed))
    }

    var amount: ExactDecimal? {
        if case .amount(let value) = self { return value }
        return nil
    }
}

extension TextTools {
    /// Where `needle` first occurs in `text`, searched on UTF-8 bytes (the stdlib's generic search is
    /// unspecialised and grapheme-aware, and finding type words in every line was the parser's hot spot).
    static func byteRange(of needle: [UInt8], in text: Substring) -> Range<String.Index>? {
        ByteSearch.range(of: needle, in: text)
    }

    /// Whether any of `needles` occurs in `text`'s bytes, all looked for in one borrow of them.
    static func containsAny(_ needles: [[UInt8]], in text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            needles.contains { needle in needle.withUnsafeBufferPointer { ByteSearch.firstOffset(of: $0, in: bytes) != nil } }
        }
    }

    /// Whether some needle occurs in `compact(text)`, found without compacting the text: at each place the
    /// needle's first character stands, the rest is compared a compact byte at a time. Each needle must open
    /// with a character compacting keeps as it is (a Thai letter or printable ASCII, no digit).
    static func containsAnyCompacted(_ needles: [[UInt8]], in text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            needles.contains { needle in
                guard let first = needle.first else { return true }
                let opening = min(first >= 0xE0 ? 3 : 1, needle.count)
                return needle.withUnsafeBufferPointer { needleBytes in
                    var from = 0
                    // Each place the first character stands, found by the byte search from the last one on.
                    while from < bytes.count,
                          let found = ByteSearch.firstOffset(of: UnsafeBufferPointer(rebasing: needleBytes[..<opening]),
                                                             in: UnsafeBufferPointer(rebasing: bytes[from...])) {
                        var read = from + found + opening
                        var matched = opening
                        while matched < needleBytes.count, read < bytes.count {
                            let (byte, next) = compactStep(bytes, read)
                            read = next
                            guard let byte else { continue }
                            guard byte == needleBytes[matched] else { break }
                            matched += 1
                        }
                        if matched == needleBytes.count { return true }
                        from += found + 1
                    }
                    return false
                }
            }
        }
    }

    /// Whether `needle` occurs anywhere in `text`'s bytes.
    static func containsBytes(_ needle: [UInt8], in text: some StringProtocol) -> Bool {
        // Searched on the text's own bytes: no index is made for an answer that is only yes or no.
        let found = text.utf8.withContiguousStorageIfAvailable { haystack in
            needle.withUnsafeBufferPointer { ByteSearch.firstOffset(of: $0, in: haystack) != nil }
        }
        return found ?? (ByteSearch.range(of: needle, in: Substring(text)) != nil)
    }
}

extension TextTools {
    /// Where `word` first occurs in `text` as whole Characters, found on bytes: a hit whose last letter carries a
    /// Thai vowel or tone mark after it (`ลด` in `ลดั…`) is a different Character and is passed over, as
    /// `firstRange(of:)` passes it over, without that search's grapheme walk over the whole text.
    static func characterRange(of word: [UInt8], in text: Substring) -> Range<String.Index>? {
        var rest = text
        while let range = ByteSearch.range(of: word, in: rest) {
            let after = text.utf8[range.upperBound...]
            guard let lead = after.first, lead == 0xE0, after.count >= 3 else { return range }
            let second = after[after.index(after: after.startIndex)], third = after[after.index(after.startIndex, offsetBy: 2)]
            // The scalar's place in the Thai block U+0E00–0E7F (E0 B8 80–BF, E0 B9 80–BF).
            let value = (UInt32(second) & 0x03) << 6 | UInt32(third & 0x3F)
            guard (second == 0xB8 || second == 0xB9) && ThaiScript.joinsCharacterBefore(UInt8(value)) else { return range }
            // On from the next scalar (a byte further would be inside the word's first letter).
            rest = text[text.unicodeScalars.index(after: range.lowerBound)...]
        }
        return nil
    }
}

extension TextTools {
    /// `text` with every `needle` taken out, on bytes (`replacing(_:with: "")` walks Characters).
    static func removing(_ needle: [UInt8], from text: String) -> String {
        var rest = Substring(text)
        var out = ""
        while let range = ByteSearch.range(of: needle, in: rest) {
            out += rest[..<range.lowerBound]
            rest = rest[range.upperBound...]
        }
        return out + rest
    }

    /// `text` with its line breaks as spaces (`replacing("\n", with: " ")`, which leaves a `\r\n` alone as one
    /// Character), on bytes; the text itself when it has none.
    static func newlinesAsSpaces(_ text: String) -> String {
        guard contains(byte: 0x0A, in: text) else { return text }
        var bytes = Array(text.utf8)
        for index in bytes.indices where bytes[index] == 0x0A && (index == 0 || bytes[index - 1] != 0x0D) { bytes[index] = 0x20 }
        return String(decoding: bytes, as: UTF8.self)
    }
}
