import DocumentReader
import ThaiText

/// Reads what the cross-checks need from the running text: laws cited with a year, whole dates
/// outside tables, and every organisation named anywhere (text and table cells).
enum CitationReader {
    static func read(_ blocks: [Block], tokens: BlockTokens, into record: inout PlanRecord) {
        var citations: [Citation] = []
        var dates: [DateMention] = []
        for (index, block) in blocks.enumerated() where block.kind != .pageArtefact {
            if let table = block.table {
                for row in table.rows {
                    for cell in row.cells where !cell.isEmpty && cell.coveredBy == nil {
                        citations += laws(in: cell.text, line: cell.source.line, endLine: cell.source.endLine)
                    }
                }
            } else {
                citations += laws(in: block.text, line: block.source.line, endLine: block.source.endLine)
                dates += self.dates(in: block, tokens: tokens.tokens(of: index))
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

    static func laws(in text: String, line: Int, endLine: Int) -> [Citation] {
        // A citation names its year: text with no era word cites nothing (nor text too short to hold a name
        // and one: most table cells).
        guard text.utf8.count >= shortestCitationBytes, citesAnEra(text) else { return [] }
        var found: [Citation] = []
        var coveredUntil = text.startIndex
        var searchFrom = text.startIndex
        while let (start, _) = firstKindWord(in: text[searchFrom...]) {
            searchFrom = text.unicodeScalars.index(after: start)
            guard start >= coveredUntil else { continue }
            let rest = text[start...]
            guard let era = TextTools.byteRange(of: eraBytes, in: rest) ?? TextTools.byteRange(of: fullEraBytes, in: rest) else { break }
            let name = text[start..<era.lowerBound]
            guard !TextTools.contains(byte: 0x0A, in: name), !TextTools.contains(byte: 0x2C, in: name), !TextTools.contains(byte: 0x3A, in: name),
                  name.utf8.count <= longestLawName * 9, (8...longestLawName).contains(TextTools.thaiCharacterCount(name) ?? name.count) else { continue }
            // A later kind word inside the name (`…และระเบียบกระทรวง…`): the year belongs to that one.
            if let inner = firstKindWord(in: name.dropFirst()), inner.0 > start,
               !(text[start...].startsWith("พระราชบัญญัติ") && text[inner.0...].startsWith("ระเบียบบริหาร")) { continue }
            guard let year = yearAfter(text[era.upperBound...]) else { continue }
            let written = TextTools.trimmed(name)
            let before = text.utf8[..<start]
            let offsetLines = before.count { $0 == 0x0A }
            let lineStart = before.lastIndex(of: 0x0A).map { text.utf8.index(after: $0) } ?? text.startIndex
            let column = TextTools.scalarCount(text[lineStart..<start]) + 1
            found.append(Citation(name: written, key: lawKey(written),
                                  year: Located(year.value, raw: String(text[start..<year.end]), line: min(line + offsetLines, endLine), column: column)))
            coveredUntil = year.end
        }
        return found
    }

    private static func firstKindWord(in text: Substring) -> (String.Index, String)? {
        var best: (String.Index, String)?
        // Searched on UTF-8 bytes: a grapheme-aware search over every line is far slower.
        for (word, bytes) in zip(kindWords, kindWordBytes) {
            guard let range = TextTools.byteRange(of: bytes, in: text) else { continue }
            if best == nil || range.lowerBound < best!.0 { best = (range.lowerBound, word) }
        }
        return best
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
        for (short, long) in abbreviations {
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
            if let dropped = droppedFromKeys.first(where: { bytes.count - index >= $0.count && bytes[index..<index + $0.count].elementsEqual($0) }) {
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
        lazy var lines = TextTools.lines(block.text)
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
            let lineIndex = token.line - block.source.line
            let lineText = lineIndex >= 0 && lineIndex < lines.count ? lines[lineIndex] : Substring("")
            let column = token.column - (lineIndex == 0 ? block.source.column - 1 : 0)
            let scalars = lineText.unicodeScalars
            let cut = scalars.index(scalars.startIndex, offsetBy: max(0, column - 1), limitedBy: scalars.endIndex) ?? scalars.endIndex
            let before = String(scalars[..<cut])
            let raw = token.raw(in: bytes)
            for date in days {
                found.append(DateMention(date: Located(date, raw: raw, line: token.line, column: token.column),
                                         before: String(TextTools.suffix(before, characters: 120)), fiscalYearBefore: fiscalYear,
                                         yearBefore: lastYear.flatMap { $0.line == token.line ? $0.year : nil }))
            }
        }
        return found
    }
}
