import DocumentReader
import ThaiText

/// A memo's header fields, read line by line: `ที่ ชม ๕๒๓๐๑/๒๔๘` (its reference) and `วันที่ ๑๗ ตุลาคม ๒๕๖๖`
/// (its date). A Word memo sets both on one line (`ที่ … วันที่ …`), and an HTML export's header paragraphs
/// are read as one block, so neither field can be looked for only at a block's start.
enum MemoHeader {
    /// The labels, as written (bold marks and spaces before them are skipped).
    static let referenceLabel = "ที่"
    static let dateLabel = "วันที่"

    struct Fields {
        var reference: Located<String>?
        var date: Located<CalendarDate>?
    }

    /// The first reference and the first header date among `blocks`, each placed on its own source line.
    static func read(_ blocks: some Sequence<Block>) -> Fields {
        var fields = Fields()
        for block in blocks where block.kind == .paragraph || block.kind == .heading {
            guard TextTools.containsBytes(Array(referenceLabel.utf8), in: block.text) else { continue }
            let bytes = Array(block.text.utf8)
            lazy var tokens = TextTools.tokens(of: block)
            var lineStart = 0
            var lineIndex = 0
            while lineStart <= bytes.count {
                let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
                let line = lineStart..<lineEnd
                if let label = labelOpening(bytes, line) {
                    let sourceLine = block.sourceLine(ofTextLine: lineIndex)
                    let dateLabelAt = label == referenceLabel ? find(dateLabel, in: bytes, line.lowerBound..<lineEnd) : line.lowerBound
                    if label == referenceLabel, fields.reference == nil,
                       tokens.contains(where: { $0.kind == .documentNumber && line.contains($0.span.start.offset) }) {
                        let valueStart = skipSpacesAndBold(bytes, from: labelEnd(bytes, line, label))
                        let valueEnd = dateLabelAt.map { trimBack(bytes, $0, floor: valueStart) } ?? trimBack(bytes, lineEnd, floor: valueStart)
                        let value = String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self)
                        let raw = String(decoding: bytes[line], as: UTF8.self)
                        fields.reference = Located(value, raw: raw, line: sourceLine)
                    }
                    if let dateStart = dateLabelAt, fields.date == nil,
                       let token = tokens.first(where: { $0.span.start.offset >= dateStart && $0.span.start.offset < lineEnd }),
                       case .date(let date) = token.value {
                        fields.date = Located(date, raw: token.raw(in: bytes), line: sourceLine, column: token.column)
                    }
                }
                if fields.reference != nil && fields.date != nil { return fields }
                lineStart = lineEnd + 1
                lineIndex += 1
            }
        }
        return fields
    }

    /// `ที่` or `วันที่` opening the line (after spaces and `**`), followed by a space: the label it opens with.
    private static func labelOpening(_ bytes: [UInt8], _ line: Range<Int>) -> String? {
        let start = skipSpacesAndBold(bytes, from: line.lowerBound)
        for label in [dateLabel, referenceLabel] {
            let word = Array(label.utf8)
            guard start + word.count <= line.upperBound, bytes[start..<start + word.count].elementsEqual(word) else { continue }
            let after = skipBold(bytes, from: start + word.count)
            if after < line.upperBound, isSpace(bytes, at: after) { return label }
        }
        return nil
    }

    private static func labelEnd(_ bytes: [UInt8], _ line: Range<Int>, _ label: String) -> Int {
        skipBold(bytes, from: skipSpacesAndBold(bytes, from: line.lowerBound) + label.utf8.count)
    }

    /// Where `label` stands as a word in `range`: after a space or bold mark, followed by one.
    private static func find(_ label: String, in bytes: [UInt8], _ range: Range<Int>) -> Int? {
        let word = Array(label.utf8)
        let hits = bytes[range].withUnsafeBufferPointer { ByteSearch.offsets(of: word, in: $0) }
        return hits.map { range.lowerBound + $0 }.first { index in
            index > range.lowerBound && (isSpace(bytes, at: index - 1) || bytes[index - 1] == UInt8(ascii: "*"))
                && index + word.count < range.upperBound && isSpace(bytes, at: skipBold(bytes, from: index + word.count))
        }
    }

    private static func isSpace(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index < bytes.count else { return false }
        return bytes[index] == 0x20 || bytes[index] == 0x09 || (bytes[index] == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0)
            || (index > 0 && bytes[index] == 0xA0 && bytes[index - 1] == 0xC2)
    }

    private static func skipBold(_ bytes: [UInt8], from index: Int) -> Int {
        var index = index
        while index < bytes.count, bytes[index] == UInt8(ascii: "*") { index += 1 }
        return index
    }

    private static func skipSpacesAndBold(_ bytes: [UInt8], from index: Int) -> Int {
        var index = index
        while index < bytes.count, bytes[index] == UInt8(ascii: "*") || isSpace(bytes, at: index) { index += 1 }
        return index
    }

    /// Back over spaces and bold marks from `end`, not below `floor`.
    private static func trimBack(_ bytes: [UInt8], _ end: Int, floor: Int) -> Int {
        var end = end
        while end > floor, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == UInt8(ascii: "*") || bytes[end - 1] == 0x0D
                || (bytes[end - 1] == 0xA0 && end - 2 >= floor && bytes[end - 2] == 0xC2) {
            end -= bytes[end - 1] == 0xA0 ? 2 : 1
        }
        return end
    }
}
