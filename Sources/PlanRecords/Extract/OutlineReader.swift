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
        let title = withoutCount(TextTools.trimmed(tail.drop { $0 == " " || $0 == ":" || $0 == "." }))
        return (number, starred, title.isEmpty ? nil : title)
    }

    /// A mission number at the start of a line (`๑.๑ การเสริมสร้าง…`, exactly two levels), with the rest.
    static func mission(in line: Substring) -> (dimension: Int, number: String, rest: Substring)? {
        let text = dropLeading(line)
        let utf8 = text.utf8
        // Read on the bytes: this runs on every block's first line.
        let found = utf8.withContiguousStorageIfAvailable { bytes -> (Int, Int, Int)? in
            var index = 0
            func skipSpacesAndBrackets() { while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x28 { index += 1 } }
            /// Up to nine digits, Arabic or Thai.
            func number() -> Int? {
                var value = 0
                var digits = 0
                while index < bytes.count, digits < 9 {
                    if (0x30...0x39).contains(bytes[index]) {
                        value = value * 10 + Int(bytes[index] - 0x30)
                        index += 1
                    } else if index + 2 < bytes.count, bytes[index] == 0xE0, bytes[index + 1] == 0xB9, (0x90...0x99).contains(bytes[index + 2]) {
                        value = value * 10 + Int(bytes[index + 2] - 0x90)
                        index += 3
                    } else {
                        break
                    }
                    digits += 1
                }
                return digits > 0 ? value : nil
            }
            skipSpacesAndBrackets()
            guard let first = number(), index < bytes.count, bytes[index] == 0x2E else { return nil }
            index += 1
            skipSpacesAndBrackets()
            // `๑.๑.๑` and `๑.๑)` are deeper outline levels or list markers, not missions.
            guard let second = number(), (1...20).contains(second), index < bytes.count, bytes[index] == 0x20,
                  (1...9).contains(first) else { return nil }
            while index < bytes.count, bytes[index] == 0x20 { index += 1 }
            return (first, second, index)
        }
        guard let (first, second, restOffset) = found ?? nil else { return nil }
        return (first, "\(first).\(second)", text[utf8.index(utf8.startIndex, offsetBy: restOffset)...])
    }

    /// `๑.๑ ชื่อโครงการ : …`: numbered like a mission, but an entry's label (a mission is a heading, never a field).
    static func isNumberedItem(_ rest: Substring) -> Bool {
        FieldLabels.label(openingLine: rest) != nil
    }

    /// A title without the count a legend line ends with (`การสร้างวัฒนธรรมสุจริต จำนวน ๗ โครงการ`): the count
    /// is a stated total, read as one, not part of the dimension's name.
    static func withoutCount(_ title: String) -> String {
        var rest = Substring(title)
        var last: Range<String.Index>?
        while let found = TextTools.byteRange(of: countWord, in: rest) { last = found; rest = title[found.upperBound...] }
        guard let range = last else { return title }
        let after = title[range.upperBound...].drop { $0 == " " }
        guard let first = after.unicodeScalars.first, TextTools.digitValue(first) != nil else { return title }
        return TextTools.trimmed(title[..<range.lowerBound])
    }

    static let countWord = Array("จำนวน".utf8)

    private static let dimensionInitials = Set(DimensionWords.spellings.compactMap(\.unicodeScalars.first))

    /// The line without its leading spaces, `*` and `#` (walked as bytes: all three are ASCII).
    private static func dropLeading(_ line: Substring) -> Substring {
        let utf8 = line.utf8
        let start = utf8.firstIndex { $0 != 0x20 && $0 != 0x2A && $0 != 0x23 } ?? utf8.endIndex
        return line[start...]
    }
}
