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
    /// four digits filling the cell, or a marker `N.` / `N)` / `(N)` followed by text.
    static func leadingNumber(_ text: String) -> Int? {
        var scalars = Substring(text).unicodeScalars.drop(while: { $0 == " " })
        var parenthesised = false
        if scalars.first == "(" { parenthesised = true; scalars = scalars.dropFirst() }
        var value = 0
        var digits = 0
        while let first = scalars.first, let digit = digitValue(first) {
            value = value * 10 + digit
            digits += 1
            scalars = scalars.dropFirst()
        }
        guard digits > 0, digits <= 4 else { return nil }
        if scalars.allSatisfy({ $0 == " " }) { return parenthesised ? nil : value }
        guard let next = scalars.first else { return nil }
        if parenthesised { return next == ")" ? value : nil }
        if next == ")" { return value }
        // `๑.` numbers an item; `๑.๑` is an outline position (a mission), not an item number.
        if next == ".", scalars.dropFirst().first.map({ digitValue($0) == nil }) ?? true { return value }
        return nil
    }

    /// The figures of a numeric cell (`๓๐,๐๐๐`, `20,000.00 20,000.00`, `-`), or nil if the cell holds words.
    static func figures(_ text: String) -> [String]? {
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
        let scalars = Array(text.unicodeScalars)
        var markers: [(start: Int, end: Int, number: Int)] = []
        var index = 0
        while index < scalars.count {
            let atStart = index == 0 || scalars[index - 1] == " " || scalars[index - 1] == "\n"
            guard atStart, Numbering.digitValue(scalars[index]) != nil else { index += 1; continue }
            var end = index
            var value = 0
            while end < scalars.count, let digit = Numbering.digitValue(scalars[end]), end - index < 4 {
                value = value * 10 + digit
                end += 1
            }
            if end < scalars.count, scalars[end] == ")" {
                let expected = markers.last.map { $0.number + 1 }
                if expected == nil || expected == value {
                    markers.append((index, end + 1, value))
                }
                index = end + 1
            } else {
                index = max(end, index + 1)
            }
        }
        guard !markers.isEmpty else { return (text, []) }
        func string(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return String(String(view).trimmedSpaces)
        }
        let prefix = string(0..<markers[0].start)
        var items: [Item] = []
        for (position, marker) in markers.enumerated() {
            let end = position + 1 < markers.count ? markers[position + 1].start : scalars.count
            items.append(Item(marker: string(marker.start..<marker.end), number: marker.number,
                              text: string(marker.end..<end)))
        }
        return (prefix, items)
    }
}
