import ThaiText

/// Small text helpers shared by the extractors. Comparisons are made on "compact" text:
/// spaces, zero-width characters and markdown emphasis removed, Thai digits as Arabic.
enum TextTools {
    static func compact(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x200B...0x200D, 0xFEFF, 0x2A: continue  // spaces, ZW, `*`
            case 0x0E50...0x0E59: scalars.append(Unicode.Scalar(scalar.value - 0x0E50 + 0x30)!)
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Thai digits as Arabic, everything else kept.
    static func arabic(_ text: String) -> String { DigitConversion.toArabic(text) }

    static func trimmed(_ text: some StringProtocol) -> String {
        String(text.drop { $0.isWhitespace || $0 == "*" }.reversed().drop { $0.isWhitespace || $0 == "*" }.reversed())
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
        for prefix in prefixes where trimmed.hasPrefix(prefix) { return trimmed.dropFirst(prefix.count) }
        return nil
    }

    /// Removes a leading outline marker (`๑.`, `๑)`, `(๑)`, `๑.๒.๓`, `-`) and spaces.
    static func droppingMarker(_ text: String) -> Substring {
        var rest = Substring(text).drop { $0 == " " || $0 == "-" || $0 == "•" || $0 == "*" }
        if rest.first == "(" , let close = rest.firstIndex(of: ")"), rest.distance(from: rest.startIndex, to: close) <= 4 {
            rest = rest[rest.index(after: close)...]
        } else {
            var sawDigit = false
            let marker = rest.prefix { character in
                if character.unicodeScalars.first.flatMap(digitValue) != nil { sawDigit = true; return true }
                return sawDigit && (character == "." || character == ")")
            }
            if sawDigit, marker.last == "." || marker.last == ")" { rest = rest.dropFirst(marker.count) }
        }
        return rest.drop { $0 == " " || $0 == ":" }
    }

    /// Tokens of a piece of text whose first line is `line` in the source.
    static func tokens(_ text: String, line: Int, column: Int = 1) -> [Token] {
        LexicalScanner.scan(text, options: ScanOptions(origin: SourcePosition(line: line, column: column, offset: 0)))
    }
}

/// What a table cell holds, as a figure.
enum CellFigure: Equatable {
    case amount(ExactDecimal, raw: String)
    /// `-`: not planned, not applicable.
    case dash
    case empty
    case words
}

extension CellFigure {
    static func read(_ text: String) -> CellFigure {
        let trimmed = TextTools.trimmed(text)
        if trimmed.isEmpty { return .empty }
        if trimmed == "-" || trimmed == "–" || trimmed == "—" || trimmed == "-.-" { return .dash }
        for token in LexicalScanner.scan(trimmed) {
            switch token.value {
            case .number(let value), .money(let value, _): return .amount(value, raw: token.raw(in: Array(trimmed.utf8)))
            case .count(let value, _): return .amount(value, raw: token.raw(in: Array(trimmed.utf8)))
            default: continue
            }
        }
        return .words
    }

    var amount: ExactDecimal? {
        if case .amount(let value, _) = self { return value }
        return nil
    }
}

extension TextTools {
    /// Where `needle` first occurs in `text`, searched on UTF-8 bytes (the stdlib's generic search is
    /// unspecialised and grapheme-aware, and finding type words in every line was the parser's hot spot).
    static func byteRange(of needle: [UInt8], in text: Substring) -> Range<String.Index>? {
        guard let first = needle.first else { return nil }
        let utf8 = text.utf8
        let search = { (hay: UnsafeBufferPointer<UInt8>) -> Int? in
            guard needle.count <= hay.count else { return nil }
            var index = 0
            let last = hay.count - needle.count
            while index <= last {
                if hay[index] == first {
                    var matched = 1
                    while matched < needle.count && hay[index + matched] == needle[matched] { matched += 1 }
                    if matched == needle.count { return index }
                }
                index += 1
            }
            return nil
        }
        let offset: Int?
        if let found = utf8.withContiguousStorageIfAvailable(search) { offset = found }
        else { offset = Array(utf8).withUnsafeBufferPointer(search) }
        guard let offset else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: needle.count)
    }
}
