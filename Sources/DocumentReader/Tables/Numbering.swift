/// Numbering as written in tables: `12`, `๑๒`, `๑.`, `๑๒)`, `(๓)`; and figures in cells.
enum Numbering {
    /// The value of an ASCII or Thai digit.
    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0x0E50...0x0E59: return Int(scalar.value - 0x0E50)
        default: return nil
        }
    }

    /// The number a cell or item starts with, if it starts with numbering: a bare number of at most
    /// four digits filling the cell, or a marker `N.` / `N)` / `(N)` followed by text. An asterisk beside the
    /// number (`4*`, `*4`: an item added during the year) leaves it the item's number.
    static func leadingNumber(_ text: String) -> Int? {
        text.withBytes(leadingNumber)
    }

    static func leadingNumber(_ bytes: Bytes) -> Int? {
        var index = 0
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        var parenthesised = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "(") { parenthesised = true; index += 1 }
        let starredBefore = !parenthesised && index < bytes.count && bytes[index] == UInt8(ascii: "*")
        if starredBefore { index += 1 }
        var value = 0
        var digits = 0
        // Every digit is counted, but only the first four are read: a longer run is no numbering, and
        // reading all of it would overflow (19 digits and more).
        while let digit = UTF8Text.digit(bytes, at: index) {
            if digits < 4 { value = value * 10 + digit.value }
            digits += 1
            index += digit.width
        }
        guard digits > 0, digits <= 4 else { return nil }
        if !parenthesised, !starredBefore, index < bytes.count, bytes[index] == UInt8(ascii: "*") { index += 1 }
        if bytes[index...].allSatisfy({ $0 == 0x20 }) { return parenthesised ? nil : value }
        let next = bytes[index]
        if parenthesised { return next == UInt8(ascii: ")") ? value : nil }
        if next == UInt8(ascii: ")") { return value }
        // `๑.` numbers an item; `๑.๑` is an outline position (a mission), not an item number.
        if next == UInt8(ascii: "."), UTF8Text.digit(bytes, at: index + 1) == nil { return value }
        return nil
    }

    /// The figures of a numeric cell (`๓๐,๐๐๐`, `20,000.00 20,000.00`, `-`), or nil if the cell holds words.
    static func figures(_ text: String) -> [String]? {
        text.withBytes { bytes in
            // Every piece kept is a figure (a digit first) or a filler (a dash, บาท or ไม่ใช้งบประมาณ,
            // which hold บ): a text with none of these bytes has no figures.
            guard mayHoldFigures(bytes) else { return nil }
            // Pieces are split at Characters " " and "\n": on simple text without CR, at those bytes unless a mark follows.
            guard UTF8Text.isSimple(bytes), !bytes.contains(0x0D) else { return figuresByCharacters(text) }
            var figures: [String] = []
            var start = 0
            for index in 0...bytes.count {
                guard index == bytes.count || ((bytes[index] == 0x20 || bytes[index] == 0x0A) && UTF8Text.startsCharacter(bytes, at: index + 1))
                else { continue }
                defer { start = index + 1 }
                guard index > start else { continue }
                let piece = Bytes(rebasing: bytes[start..<index])
                if let filler = numericFillerBytes.first(where: { filler in filler.bytes.withUnsafeBufferPointer { UTF8Text.equal($0, piece) } }) {
                    if filler.startsWithDash { figures.append(String(utf8: piece)) }
                    continue
                }
                let hasDashSuffix = piece.count >= 2 && piece[piece.count - 2] == UInt8(ascii: ".") && piece[piece.count - 1] == UInt8(ascii: "-")
                let core = Bytes(rebasing: piece[..<(piece.count - (hasDashSuffix ? 2 : 0))])
                guard UTF8Text.digit(core, at: 0) != nil else { return nil }
                var offset = 0
                while offset < core.count {
                    if let digit = UTF8Text.digit(core, at: offset) { offset += digit.width; continue }
                    guard core[offset] == UInt8(ascii: ",") || core[offset] == UInt8(ascii: ".") else { return nil }
                    offset += 1
                }
                figures.append(String(utf8: piece))
            }
            return figures.isEmpty ? nil : figures
        }
    }

    /// An ASCII digit or "-", or the lead of a Thai digit or of บ (E0 B8 9A) or a dash (E2 80 93/94).
    private static func mayHoldFigures(_ bytes: Bytes) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-") || byte == 0xE2 { return true }
            if byte == 0xE0, index + 2 < bytes.count {
                let second = bytes[index + 1], third = bytes[index + 2]
                if (second == 0xB9 && third >= 0x90 && third <= 0x99) || (second == 0xB8 && third == 0x9A) { return true }
                index += 3
                continue
            }
            index += 1
        }
        return false
    }

    /// The fillers as bytes, and whether each counts as a figure (a dash for nil does).
    private static let numericFillerBytes: [(bytes: [UInt8], startsWithDash: Bool)] = TableWords.numericFillers.map {
        (Array($0.utf8), $0.first == "-" || $0.first == "–" || $0.first == "—")
    }

    private static func figuresByCharacters(_ text: String) -> [String]? {
        let pieces = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard !pieces.isEmpty else { return nil }
        var figures: [String] = []
        for piece in pieces {
            if TableWords.numericFillers.contains(String(piece)) {
                if piece.first == "-" || piece.first == "–" || piece.first == "—" { figures.append(String(piece)) }
                continue
            }
            let core = piece.hasSuffix(".-") ? piece.dropLast(2) : piece
            guard let first = core.unicodeScalars.first, digitValue(first) != nil,
                  core.unicodeScalars.allSatisfy({ digitValue($0) != nil || $0 == "," || $0 == "." }) else { return nil }
            figures.append(String(piece))
        }
        return figures.isEmpty ? nil : figures
    }
}

/// Several items merged in one cell (`๑๒) … ๑๓) … ๑๔) …`), split at their markers.
enum EnumeratedItems {
    struct Item {
        var marker: String
        var number: Int
        var text: String
    }

    /// The text before the first marker (the end of an item continued from the row above) and the
    /// items. Markers must count up by one, so `ข้อ ๓)` inside an item's text does not split it.
    static func split(_ text: String) -> (prefix: String, items: [Item]) {
        let byParenthesis = splitAtParentheses(text)
        if !byParenthesis.items.isEmpty { return byParenthesis }
        return splitAtLineNumbers(text)
    }

    /// `๑. โครงการ…` / `๒. มาตรการ…`, each on a line of its own (the paragraphs Word stacks in one cell): items
    /// only when the cell opens with the first and they count up by one. `๑.๑` (a mission) is no marker.
    static func splitAtLineNumbers(_ text: String) -> (prefix: String, items: [Item]) {
        // Two items need a line break between them: most cells have none.
        guard text.containsByte(0x0A) else { return (text, []) }
        return text.withBytes { bytes in
            var markers: [(start: Int, end: Int, number: Int)] = []
            var lineStart = 0
            while lineStart < bytes.count {
                var index = lineStart
                var value = 0, digits = 0
                while let digit = UTF8Text.digit(bytes, at: index), digits < 4 {
                    value = value * 10 + digit.value
                    index += digit.width
                    digits += 1
                }
                if digits > 0, index < bytes.count, bytes[index] == UInt8(ascii: "."), UTF8Text.digit(bytes, at: index + 1) == nil,
                   markers.last.map({ $0.number + 1 == value }) ?? (lineStart == 0) {
                    markers.append((lineStart, index + 1, value))
                }
                guard let newline = bytes[lineStart...].firstIndex(of: 0x0A) else { break }
                lineStart = newline + 1
            }
            guard markers.count >= 2 else { return (text, []) }
            return ("", items(bytes, markers, trimmingNewlines: true))
        }
    }

    /// `๑๒) … ๑๓) …` run together in one cell.
    private static func splitAtParentheses(_ text: String) -> (prefix: String, items: [Item]) {
        // Every marker ends with ")": most cells have none.
        guard text.containsByte(UInt8(ascii: ")")) else { return (text, []) }
        return text.withBytes { bytes in
            // On bytes: a space or line break before a digit is the byte before it; digits are ASCII or E0 B9 9x.
            var markers: [(start: Int, end: Int, number: Int)] = []
            var index = 0
            while index < bytes.count {
                let atStart = index == 0 || bytes[index - 1] == 0x20 || bytes[index - 1] == 0x0A
                guard atStart, UTF8Text.digit(bytes, at: index) != nil else { index += 1; continue }
                var end = index
                var value = 0
                var digits = 0
                while let digit = UTF8Text.digit(bytes, at: end), digits < 4 {
                    value = value * 10 + digit.value
                    end += digit.width
                    digits += 1
                }
                if end < bytes.count, bytes[end] == UInt8(ascii: ")") {
                    let expected = markers.last.map { $0.number + 1 }
                    if expected == nil || expected == value {
                        markers.append((index, end + 1, value))
                    }
                    index = end + 1
                } else {
                    index = end
                }
            }
            guard !markers.isEmpty else { return (text, []) }
            return (trimmed(bytes, 0..<markers[0].start, trimmingNewlines: false), items(bytes, markers, trimmingNewlines: false))
        }
    }

    /// The items the markers open, each running to the next marker (the last to the end).
    private static func items(_ bytes: Bytes, _ markers: [(start: Int, end: Int, number: Int)], trimmingNewlines: Bool) -> [Item] {
        markers.enumerated().map { position, marker in
            let end = position + 1 < markers.count ? markers[position + 1].start : bytes.count
            return Item(marker: trimmed(bytes, marker.start..<marker.end, trimmingNewlines: trimmingNewlines), number: marker.number,
                        text: trimmed(bytes, marker.end..<end, trimmingNewlines: trimmingNewlines))
        }
    }

    /// The bytes of `range` as a string, without spaces (and line breaks, when asked) at either end.
    private static func trimmed(_ bytes: Bytes, _ range: Range<Int>, trimmingNewlines: Bool) -> String {
        let isTrimmed = { (byte: UInt8) in byte == 0x20 || trimmingNewlines && byte == 0x0A }
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, isTrimmed(bytes[lower]) { lower += 1 }
        while upper > lower, isTrimmed(bytes[upper - 1]) { upper -= 1 }
        return String(utf8: Bytes(rebasing: bytes[lower..<upper]))
    }
}
