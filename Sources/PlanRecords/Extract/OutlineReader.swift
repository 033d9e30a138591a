import DocumentReader

/// Dimensions (`มิติที่ ๑ …`, misspelt `มติที่`, `มิตที่`) and missions (`๑.๑ …`) as the text declares them.
enum OutlineReader {
    /// A dimension opened by this line: its number, star and title.
    static func dimension(in line: Substring) -> (number: Int, starred: Bool, title: String?)? {
        let text = dropLeading(line)
        // Most lines open with a letter no spelling opens with.
        guard let first = text.unicodeScalars.first, dimensionInitials.contains(first),
              let word = DimensionWords.spellings.first(where: { text.startsWith($0) }) else { return nil }
        var rest = text[text.utf8.index(text.startIndex, offsetBy: word.utf8.count)...]
        var starred = false
        if rest.first == "*" { starred = true; rest = rest.dropFirst() }
        guard let (number, after) = TextTools.leadingInteger(rest), (1...9).contains(number) else { return nil }
        var tail = after
        if tail.first == "*" { starred = true; tail = tail.dropFirst() }
        // `มิติที่ ๑.๑`, `มิติ 1 ภารกิจ…` stay dimensions only when a space or the end follows the number.
        guard tail.isEmpty || tail.first == " " || tail.first == ":" || tail.first == "." && tail.dropFirst().first == " " else { return nil }
        let title = TextTools.trimmed(tail.drop { $0 == " " || $0 == ":" || $0 == "." })
        return (number, starred, title.isEmpty ? nil : title)
    }

    /// A mission number at the start of a line (`๑.๑ การเสริมสร้าง…`, exactly two levels), with the rest.
    static func mission(in line: Substring) -> (dimension: Int, number: String, rest: Substring)? {
        let text = dropLeading(line)
        guard let opening = text.unicodeScalars.first, opening == "(" || TextTools.digitValue(opening) != nil,
              let (first, afterFirst) = TextTools.leadingInteger(text), afterFirst.first == "." else { return nil }
        guard let (second, afterSecond) = TextTools.leadingInteger(afterFirst.dropFirst()), (1...20).contains(second) else { return nil }
        // `๑.๑.๑` and `๑.๑)` are deeper outline levels or list markers, not missions.
        guard let next = afterSecond.first, next == " " else { return nil }
        guard (1...9).contains(first) else { return nil }
        return (first, "\(first).\(second)", afterSecond.drop { $0 == " " })
    }

    private static let dimensionInitials = Set(DimensionWords.spellings.compactMap(\.unicodeScalars.first))

    /// The line without its leading spaces, `*` and `#` (walked as bytes: all three are ASCII).
    private static func dropLeading(_ line: Substring) -> Substring {
        let utf8 = line.utf8
        let start = utf8.firstIndex { $0 != 0x20 && $0 != 0x2A && $0 != 0x23 } ?? utf8.endIndex
        return line[start...]
    }
}
