import DocumentReader
import ThaiText

/// Reads what the cross-checks need from the running text: laws cited with a year, whole dates
/// outside tables, and every organisation named anywhere (text and table cells).
enum CitationReader {
    static func read(_ blocks: [Block], tokens: BlockTokens, into record: inout PlanRecord) {
        var citations: [Citation] = []
        var dates: [DateMention] = []
        // By index: a block taken from the array for each step of the loop was a copy (a retain and a release).
        for index in blocks.indices where blocks[index].kind != .pageArtefact {
            if let table = blocks[index].table {
                for row in table.rows {
                    for cell in row.cells where !cell.isEmpty && cell.coveredBy == nil {
                        citations += laws(in: cell.text, line: cell.source.line, endLine: cell.source.endLine, column: cell.source.column)
                    }
                }
            } else {
                citations += laws(in: blocks[index].text, line: blocks[index].source.line, endLine: blocks[index].source.endLine,
                                  column: blocks[index].source.column, block: blocks[index])
                dates += self.dates(in: blocks[index], tokens: tokens.tokens(of: index))
            }
        }
        record.citations = citations
        record.dates = dates
    }

    // MARK: Laws

    /// The words a cited law's name starts with. A regulation's name must say whose it is.
    static let kindWords = ["พระราชบัญญัติ", "พ.ร.บ.", "พระราชกฤษฎีกา", "พ.ร.ฎ.", "ระเบียบกระทรวง", "ระเบียบสำนักนายกรัฐมนตรี",
                            "ระเบียบคณะกรรมการ", "รัฐธรรมนูญ", "ประมวลกฎหมาย"]
    private static let kindWordBytes = kindWords.map { Array($0.utf8) }
    /// Longer than this (in characters), the text before `พ.ศ.` is a sentence, not a name.
    static let longestLawName = 140

    private static let eraBytes = Array("พ.ศ.".utf8)
    private static let fullEraBytes = Array("พุทธศักราช".utf8)

    /// Eight letters of a name and `พ.ศ.`, written in the fewest bytes.
    private static let shortestCitationBytes = 12

    /// Whether the text holds `พ.ศ.` or `พุทธศักราช`.
    private static func citesAnEra(_ text: String) -> Bool {
        TextTools.containsAny(eraWords, in: text)
    }

    private static let eraWords = [eraBytes, fullEraBytes]

    /// The text's first line starts at `column`. `block`, when the text is a block's, places what is found on its
    /// text's line N in the source (a block's text lines need not follow each other, and may hold a word split
    /// across two).
    static func laws(in text: String, line: Int, endLine: Int, column firstColumn: Int = 1,
                     block: Block? = nil) -> [Citation] {
        // A citation names its year: text with no era word cites nothing (nor text too short to hold a name
        // and one: most table cells).
        guard text.utf8.count >= shortestCitationBytes, citesAnEra(text) else { return [] }
        // Where every kind word, era word and line break stands, found once on the bytes (searching the rest
        // of a paragraph again after each kind word was quadratic in long ones). Most texts that name a year
        // are dates, naming no law: era words and line breaks are looked for only where a kind word stands.
        var copy = text
        let places = copy.withUTF8 { bytes -> (kinds: [(offset: Int, length: Int)], eras: [Int], fullEras: [Int], lineBreaks: [Int])? in
            let kinds = kindWordBytes.flatMap { word in ByteSearch.offsets(of: word, in: bytes).map { (offset: $0, length: word.count) } }
            guard !kinds.isEmpty else { return nil }
            return (kinds, ByteSearch.offsets(of: eraBytes, in: bytes), ByteSearch.offsets(of: fullEraBytes, in: bytes),
                    ByteSearch.offsets(of: [0x0A], in: bytes))
        }
        guard let places else { return [] }
        let utf8 = text.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        var found: [Citation] = []
        var coveredUntil = 0
        for startOffset in Set(places.kinds.map(\.offset)).sorted() where startOffset >= coveredUntil {
            // The era that follows: `พ.ศ.` wherever it is, else `พุทธศักราช`.
            guard let (eraOffset, eraLength) = places.eras.first(where: { $0 >= startOffset }).map({ ($0, eraBytes.count) })
                ?? places.fullEras.first(where: { $0 >= startOffset }).map({ ($0, fullEraBytes.count) }) else { break }
            let start = index(startOffset)
            // A name may end its line with the year on the next (`…ส่วนท้องถิ่น` / `พ.ศ. ๒๕๕๒`): one cut sentence.
            // Trimmed on the bytes (dropping characters from a Thai substring walks grapheme rules).
            var nameEnd = eraOffset
            while nameEnd > startOffset, utf8[index(nameEnd - 1)] == 0x20 || utf8[index(nameEnd - 1)] == 0x0A { nameEnd -= 1 }
            let name = text[start..<index(nameEnd)]
            guard !TextTools.contains(byte: 0x0A, in: name), !TextTools.contains(byte: 0x2C, in: name), !TextTools.contains(byte: 0x3A, in: name),
                  name.utf8.count <= longestLawName * 9, (8...longestLawName).contains(TextTools.thaiCharacterCount(name) ?? name.count) else { continue }
            // A later kind word inside the name (`…และระเบียบกระทรวง…`): the year belongs to that one.
            let afterFirst = utf8.distance(from: utf8.startIndex, to: name.dropFirst().startIndex)
            if let inner = places.kinds.filter({ $0.offset >= afterFirst && $0.offset + $0.length <= eraOffset }).map(\.offset).min(),
               !(text[start...].startsWith("พระราชบัญญัติ") && text[index(inner)...].startsWith("ระเบียบบริหาร")) { continue }
            guard let year = yearAfter(text[index(eraOffset + eraLength)...]) else { continue }
            let written = TextTools.trimmed(name)
            let breaksBefore = places.lineBreaks.prefix { $0 < startOffset }
            let lineStart = breaksBefore.last.map { index($0 + 1) } ?? text.startIndex
            let column = TextTools.scalarCount(text[lineStart..<start]) + (breaksBefore.isEmpty ? firstColumn : 1)
            let place = block?.sourcePosition(ofTextLine: breaksBefore.count, column: column)
                ?? (line: min(line + breaksBefore.count, endLine), column: column)
            found.append(Citation(name: written, key: lawKey(written),
                                  year: Located(year.value, raw: String(text[start..<year.end]), line: place.line, column: place.column)))
            coveredUntil = utf8.distance(from: utf8.startIndex, to: year.end)
        }
        return found
    }

    /// The four-digit year (Thai or Arabic digits) just after an era word.
    private static func yearAfter(_ text: Substring) -> (value: Int, end: String.Index)? {
        let trimmed = text.drop { $0 == " " }
        guard let (value, rest) = TextTools.leadingInteger(trimmed), (2400...2700).contains(value),
              trimmed.unicodeScalars.distance(from: trimmed.startIndex, to: rest.startIndex) == 4 else { return nil }
        return (value, rest.startIndex)
    }

    /// Spaces and markup removed, Thai digits as Arabic, abbreviations spelled out.
    static func lawKey(_ name: String) -> String {
        // On bytes: the compact name with its abbreviations spelled out and quotes and `ฯ` dropped.
        var bytes = Array(TextTools.compact(name).utf8)
        for (short, long) in abbreviations where bytes.withUnsafeBufferPointer({ buffer in short.withUnsafeBufferPointer { ByteSearch.firstOffset(of: $0, in: buffer) != nil } }) {
            var index = 0
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            while index < bytes.count {
                if bytes.count - index >= short.count, bytes[index..<index + short.count].elementsEqual(short) {
                    out += long
                    index += short.count
                } else {
                    out.append(bytes[index])
                    index += 1
                }
            }
            bytes = out
        }
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            // Only `"`, E2 (the curly quotes) and E0 (`ฯ`) can begin a dropped sequence.
            let byte = bytes[index]
            if byte == 0x22 || byte == 0xE2 || byte == 0xE0,
               let dropped = droppedFromKeys.first(where: { bytes.count - index >= $0.count && bytes[index..<index + $0.count].elementsEqual($0) }) {
                index += dropped.count
                continue
            }
            kept.append(bytes[index])
            index += 1
        }
        return String(decoding: kept, as: UTF8.self)
    }

    private static let abbreviations = [("พ.ร.บ.", "พระราชบัญญัติ"), ("พ.ร.ฎ.", "พระราชกฤษฎีกา")].map { (Array($0.0.utf8), Array($0.1.utf8)) }
    private static let droppedFromKeys = ["“", "”", "\"", "ฯ"].map { Array($0.utf8) }

    // MARK: Dates

    static func dates(in block: Block, tokens: [Token]) -> [DateMention] {
        lazy var bytes = Array(block.text.utf8)
        lazy var lineStarts = LineStarts(bytes)
        var found: [DateMention] = []
        var fiscalYear: Int?
        var lastYear: (line: Int, year: Int)?
        for token in tokens {
            var days: [CalendarDate] = []
            switch token.value {
            case .fiscalYear(let year): fiscalYear = year.be; lastYear = (token.line, year.be)
            case .fiscalYearRange(let from, _): fiscalYear = from.be; lastYear = (token.line, from.be)
            case .year(let year, _): lastYear = (token.line, year.be)
            case .yearRange(let from, _): lastYear = (token.line, from.be)
            case .monthYear(let month): lastYear = (token.line, month.year.be)
            case .date(let date): days = [date]
            case .dateRange(let from, let to):
                for bound in [from, to] { if case .day(let date) = bound { days.append(date) } }
            default: break
            }
            guard !days.isEmpty else { continue }
            // The last 120 characters before the date on its line: what its kind is told by (`ประกาศ ณ วันที่`).
            let before = String(TextTools.suffix(lineStarts.textBefore(token.span.start.offset, in: bytes), characters: 120))
            let raw = token.raw(in: bytes)
            for date in days {
                found.append(DateMention(date: Located(date, raw: raw, line: token.line, column: token.column),
                                         before: before, fiscalYearBefore: fiscalYear,
                                         yearBefore: lastYear.flatMap { $0.line == token.line ? $0.year : nil }))
            }
        }
        return found
    }
}
