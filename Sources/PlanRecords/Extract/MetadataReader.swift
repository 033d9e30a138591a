import DocumentReader
import ThaiText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The document's organisation, fiscal year or plan period, issue date, reference and signatories.
struct MetadataReader {
    let blocks: [Block]
    var warnings: [RecordWarning] = []
    /// Every organisation named in each block, text and cells (read once: the citation reader needs them too).
    let occurrences: [[Occurrence]]

    init(blocks: [Block]) {
        self.blocks = blocks
        occurrences = blocks.map { Self.organisations(in: $0) + Self.organisationsInCells(of: $0) }
    }

    /// Every organisation named outside the page furniture, in order.
    var organisationMentions: [Located<String>] {
        zip(blocks, occurrences).flatMap { block, found in block.kind == .pageArtefact ? [] : found.map(\.name) }
            .sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// How far from the top the organisation and period are looked for before the whole document is.
    static let headWindow = 60

    mutating func read(into info: inout DocumentInfo) {
        info.organisation = organisation()
        readPeriod(into: &info)
        let memo = MemoHeader.read(blocks.prefix(Self.headWindow))
        info.issued = info.kind == .itaAnalysisMemo ? memo.date ?? issued(kind: info.kind) : issued(kind: info.kind)
        info.reference = memo.reference
        info.signatories = signatories()
    }

    // MARK: Organisation

    /// The first organisation named near the top (a cover, an announcement, a memo's ส่วนราชการ).
    /// Thai writes no space after a name, so `เทศบาลตำบลบางแก้วได้จัดทำ…` may run on into the sentence: the
    /// name is then the shorter form the document also writes standing alone, which the others start with.
    private func organisation() -> Organisation? {
        var found: [Occurrence] = []
        for (index, inBlock) in occurrences.enumerated() {
            for occurrence in inBlock {
                var occurrence = occurrence
                occurrence.inHead = index < Self.headWindow
                found.append(occurrence)
            }
        }
        guard let first = found.first(where: \.inHead) ?? found.first else { return nil }
        func support(_ name: String) -> Int { found.count { $0.name.value.startsWith(name) } }
        var chosen = first
        if !first.standsAlone {
            // The names written alone that the first begins with, once each in document order (a set of every
            // name hashed them all, and left a tie in support to the hash order).
            var standing: [String] = []
            for occurrence in found where occurrence.standsAlone && first.name.value.startsWith(occurrence.name.value)
                && !standing.contains(occurrence.name.value) {
                standing.append(occurrence.name.value)
            }
            // The shorter form written alone; failing that, what every run-on occurrence begins with.
            let alike = found.filter { $0.type == first.type && $0.name.value.unicodeScalars.prefix(prefixOfType(first) + 2).elementsEqual(first.name.value.unicodeScalars.prefix(prefixOfType(first) + 2)) }
            let shorter = standing.max(by: { support($0) < support($1) })
                ?? (alike.count >= 2 ? Self.commonPrefix(alike.map(\.name.value)) : nil)
            if let shorter, shorter.unicodeScalars.count >= prefixOfType(first) + 2 {
                chosen.name.value = shorter
                chosen.name.raw = String(first.name.raw.prefix(first.name.raw.count - (first.name.value.count - shorter.count)))
            }
        }
        var organisation = Organisation(name: chosen.name, type: chosen.type)
        // District and province: on the name's own line or the lines just after it.
        for block in blocks where block.source.endLine >= chosen.name.line && block.source.line <= chosen.name.line + 6 {
            if organisation.district == nil { organisation.district = Self.place(after: OrganisationWords.district, in: block) }
            if organisation.province == nil { organisation.province = Self.place(after: OrganisationWords.province, in: block) }
        }
        if organisation.district == nil || organisation.province == nil { placeAfterName(organisation.name.value, into: &organisation) }
        return organisation
    }

    private func prefixOfType(_ occurrence: Occurrence) -> Int {
        OrganisationWords.fullPrefix(occurrence.type).unicodeScalars.count
    }

    static func commonPrefix(_ names: [String]) -> String? {
        guard var prefix = names.first.map({ Array($0.unicodeScalars) }) else { return nil }
        for name in names.dropFirst() {
            let scalars = Array(name.unicodeScalars)
            var length = 0
            while length < min(prefix.count, scalars.count), prefix[length] == scalars[length] { length += 1 }
            prefix = Array(prefix.prefix(length))
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: prefix)
        return String(view)
    }

    /// Names in a table's cells count too (a name standing alone in a cell shows where it ends).
    static func organisationsInCells(of block: Block) -> [Occurrence] {
        guard let table = block.table else { return [] }
        var found: [Occurrence] = []
        for row in table.rows {
            for cell in row.cells {
                // Most cells name no organisation: their bytes are searched once, and only those that do become blocks.
                guard firstTypeWord(in: Substring(cell.text)) != nil else { continue }
                found += organisations(in: Block(kind: .paragraph, source: cell.source, text: cell.text, rawText: cell.rawText))
            }
        }
        return found
    }

    /// One place an organisation is named.
    struct Occurrence {
        var name: Located<String>
        var type: OrganisationType
        /// Followed by a space, markup or the end of the line: the name is surely whole.
        var standsAlone: Bool
        var inHead = false
    }

    /// Every `<type word><name>` in a block, with its full name.
    static func organisations(in block: Block) -> [Occurrence] {
        // Every type word of the block in one pass over its bytes; most blocks have none.
        let text = Substring(block.text)
        let hits = typeWords(in: text)
        guard !hits.isEmpty else { return [] }
        let lines = TextTools.lines(block.text)
        var lineOffset = 0
        // Columns counted on from the last hit on the same line, so a block that is one long line stays linear.
        var counted = (index: text.startIndex, scalars: 0)
        var found: [Occurrence] = []
        for (range, type) in hits {
            while lineOffset + 1 < lines.count, range.lowerBound >= lines[lineOffset + 1].startIndex { lineOffset += 1 }
            let lineText = lines[lineOffset]
            if counted.index < lineText.startIndex || counted.index > range.lowerBound { counted = (lineText.startIndex, 0) }
            counted = (range.lowerBound, counted.scalars + TextTools.scalarCount(text[counted.index..<range.lowerBound]))
            var name = text[range.upperBound...]
            if text[range].endsWith(".") { name = name.drop { $0 == " " } }
            name = Self.letterRun(at: name)
            guard TextTools.scalarCount(name) >= 2, !OrganisationWords.isNotName(name) else { continue }
            // A run of letters holding another type word, or longer than any place name, ran on into the sentence.
            if let inner = firstTypeWord(in: name), inner.0.lowerBound > name.startIndex { name = name[..<inner.0.lowerBound] }
            let word = String(name)
            let place = block.sourcePosition(ofTextLine: lineOffset, column: counted.scalars + (lineOffset == 0 ? block.source.column : 1))
            let full = OrganisationWords.fullPrefix(type) + word
            let raw = String(text[range.lowerBound..<name.endIndex])
            let standsAlone = (name.endIndex == lineText.endIndex || !Self.isLetter(text.unicodeScalars[name.endIndex]))
                && TextTools.scalarCount(word) <= OrganisationWords.longestName
            found.append(Occurrence(name: Located(full, raw: raw, line: place.line, column: place.column),
                                    type: type, standsAlone: standsAlone))
        }
        return found
    }

    /// Every type word in the text, in order, none inside another.
    static func typeWords(in text: Substring) -> [(Range<Substring.Index>, OrganisationType)] {
        let utf8 = text.utf8
        let found = utf8.withContiguousStorageIfAvailable(typeWordOffsets) ?? Array(utf8).withUnsafeBufferPointer(typeWordOffsets)
        return found.map { offset, length, type in
            let start = utf8.index(utf8.startIndex, offsetBy: offset)
            return (start..<utf8.index(start, offsetBy: length), type)
        }
    }

    /// The run of a name's letters at the start of `text`: letters (not `ฯ`), Thai vowels and tone marks,
    /// combining marks. Walked as scalars, not Characters: grapheme breaking was the reader's hot spot.
    /// A run is cut at four times the longest name: past that it is no name, and an unbroken line of Thai
    /// (OCR output without spaces) would otherwise be walked to its end from every type word in it.
    static func letterRun(at text: Substring) -> Substring {
        // Thai and ASCII on the bytes (a type word is met in most headers and footers, and the scalar view
        // checked every index it was given); a letter of any other script sends the run to the scalar walk.
        let utf8 = text.utf8
        let end: Int?? = utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var offset = 0
            var walked = 0
            while offset < bytes.count, walked < 4 * OrganisationWords.longestName {
                walked += 1
                let byte = bytes[offset]
                if byte < 0x80 {
                    guard (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") else { return offset }
                    offset += 1
                } else if byte == 0xE0, offset + 2 < bytes.count, bytes[offset + 1] & 0xFE == 0xB8 {
                    let value = 0x0E00 + (UInt32(bytes[offset + 1] & 0x01) << 6 | UInt32(bytes[offset + 2] & 0x3F))
                    guard isThaiNameLetter(value) else { return offset }
                    offset += 3
                } else {
                    return nil
                }
            }
            return offset
        }
        if let found = end ?? nil { return text[..<utf8.index(utf8.startIndex, offsetBy: found)] }
        return letterRunByScalars(at: text)
    }

    /// A Thai code point (U+0E00–U+0E7F) that belongs to a name: a letter (not `ฯ`), vowel or tone mark.
    private static func isThaiNameLetter(_ value: UInt32) -> Bool {
        switch value {
        case 0x0E30...0x0E4E: return true
        case 0x0E2F: return false
        case 0x0E01...0x0E30, 0x0E32, 0x0E33, 0x0E40...0x0E46: return true
        default: return false
        }
    }

    /// `letterRun(at:)` walked as Unicode scalars, for text in other scripts.
    static func letterRunByScalars(at text: Substring) -> Substring {
        let scalars = text.unicodeScalars
        var end = scalars.startIndex
        var walked = 0
        while end < scalars.endIndex, walked < 4 * OrganisationWords.longestName {
            walked += 1
            let scalar = scalars[end]
            // Thai and ASCII answered from their ranges (Thai by the rule the byte walk uses); only other
            // scripts need the Unicode properties.
            let belongs: Bool
            switch scalar.value {
            case 0x0E00...0x0E7F: belongs = isThaiNameLetter(scalar.value)
            case 0..<0x80: belongs = isLetter(scalar)
            default:
                let category = scalar.properties.generalCategory
                belongs = category == .nonspacingMark || category == .spacingMark || isLetter(scalar)
            }
            guard belongs else { break }
            scalars.formIndex(after: &end)
        }
        return text[..<end]
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0x0E01...0x0E30, 0x0E32, 0x0E33, 0x0E40...0x0E46: return true
        case 0..<0x80, 0x0E00...0x0E7F: return false
        default:
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
            default: return false
            }
        }
    }

    private static func isThaiMark(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return (0x0E30...0x0E4E).contains(scalar.value)
    }

    /// The earliest type word in the text (the longest where two start together).
    static func firstTypeWord(in text: Substring) -> (Range<Substring.Index>, OrganisationType)? {
        typeWords(in: text).first
    }

    /// Where each type word stands in the bytes, its length and type: in order, each search going on from the
    /// end of the last word found. Found from the rare letter each holds (`OrganisationWords.typeWordSearch`):
    /// memchr finds the few places that byte stands, and only there is the word compared. (A walk over every
    /// byte looking for the words' first letters, อ, เ and ท, stopped at a third of all Thai letters.)
    private static func typeWordOffsets(_ bytes: UnsafeBufferPointer<UInt8>) -> [(Int, Int, OrganisationType)] {
        guard let base = bytes.baseAddress, bytes.count >= 6 else { return [] }
        var hits: [(Int, Int, OrganisationType)] = []
        OrganisationWords.typeWordSearch.arena.withUnsafeBufferPointer { arena in
            OrganisationWords.typeWordSearch.entries.withUnsafeBufferPointer { entries in
                // The entries come grouped by their anchor byte: one memchr walk per group.
                var group = 0
                while group < entries.count {
                    let anchor = entries[group].anchor
                    var groupEnd = group + 1
                    while groupEnd < entries.count, entries[groupEnd].anchor == anchor { groupEnd += 1 }
                    var from = 0
                    while from < bytes.count, let hit = memchr(base + from, Int32(anchor), bytes.count - from) {
                        let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                        for entry in entries[group..<groupEnd] where position >= entry.at && position - entry.at + entry.count <= bytes.count {
                            let start = position - entry.at
                            if memcmp(base + start, arena.baseAddress! + entry.start, entry.count) == 0 {
                                hits.append((start, entry.count, entry.type))
                            }
                        }
                        from = position + 1
                    }
                    group = groupEnd
                }
            }
        }
        guard hits.count > 1 else { return hits }
        // In order, the longest first where two start together; a word inside one kept is no word of its own.
        hits.sort { ($0.0, -$0.1) < ($1.0, -$1.1) }
        var kept: [(Int, Int, OrganisationType)] = []
        for hit in hits where kept.last.map({ hit.0 >= $0.0 + $0.1 }) ?? true { kept.append(hit) }
        return kept
    }

    private static func place(after words: [String], in block: Block) -> Located<String>? {
        place(after: words, in: Substring(block.text), source: block.source)
    }

    private static func place(after words: [String], in text: Substring, source: SourceLines) -> Located<String>? {
        for word in words {
            guard let range = TextTools.byteRange(of: Array(word.utf8), in: text) else { continue }
            // `จ.` must stand alone, not end another word.
            if word.endsWith("."), range.lowerBound > text.startIndex,
               text[text.index(before: range.lowerBound)].isLetter { continue }
            let name = text[range.upperBound...].drop { $0 == " " }.prefix { $0.isLetter || isThaiMark($0) }
            guard name.count >= 2 else { continue }
            return Located(String(name), raw: String(text[range.lowerBound..<name.endIndex]), source: source)
        }
        return nil
    }

    /// District and province written right after the organisation's name anywhere in the document
    /// (`…ของเทศบาลเมืองหนองบัวทองคำ อำเภอบ้านไผ่ จังหวัดขอนแก่น`), for a document whose head names neither.
    /// Whether `อำเภอ`, `อ.`, `จังหวัด` or `จ.` comes next, past at most two spaces and one line break: checked
    /// on the bytes, before any character work (most mentions of the name are followed by other words).
    private static func placeWordFollows(_ bytes: Substring.UTF8View) -> Bool {
        var index = bytes.startIndex
        var spaces = 0
        var breaks = 0
        while index < bytes.endIndex, bytes[index] == 0x20 || (bytes[index] == 0x0A && breaks == 0) {
            if bytes[index] == 0x20 { spaces += 1 } else { breaks += 1; spaces = 0 }
            if spaces > 2 { return false }
            index = bytes.index(after: index)
        }
        let rest = bytes[index...]
        return placeWordBytes.contains { rest.starts(with: $0) }
    }

    private static let placeWordBytes = (OrganisationWords.district + OrganisationWords.province).map { Array($0.utf8) }

    private func placeAfterName(_ name: String, into organisation: inout Organisation) {
        let needle = Array(name.utf8)
        for (index, block) in blocks.enumerated() where block.kind != .pageArtefact {
            // Only blocks already known to name it (a table's title is not among its cells' names).
            guard block.kind == .table || occurrences[index].contains(where: { $0.name.value.startsWith(name) }) else { continue }
            // A table's title names its organisation too (`แผนปฏิบัติการ… เทศบาลเมือง… อำเภอ… จังหวัด…`).
            let text = block.kind == .table ? (block.table?.title ?? "") : block.text
            guard let range = TextTools.byteRange(of: needle, in: Substring(text)),
                  Self.placeWordFollows(text.utf8[range.upperBound...]) else { continue }
            // What follows the name on its line, or on the next line when the name ends its line.
            var after = TextTools.firstLine(text[range.upperBound...])
            var linesDown = 0
            if TextTools.trimmed(after).isEmpty, let rest = TextTools.afterFirstLine(text[range.upperBound...]) {
                after = TextTools.firstLine(rest)
                linesDown = 1
            }
            // Only what directly follows the name: `อำเภอ…` within a few spaces of it.
            guard after.prefix(while: { $0 == " " }).count <= 2 else { continue }
            let line = block.kind == .table ? block.source.line
                : block.sourceLine(ofTextLine: text[..<range.lowerBound].utf8.filter { $0 == 0x0A }.count + linesDown)
            let source = SourceLines(line: line, column: 1, endLine: line)
            if organisation.district == nil, let district = Self.place(after: OrganisationWords.district, in: Substring(after.prefix(24)), source: source) {
                organisation.district = district
            }
            if organisation.province == nil, let province = Self.place(after: OrganisationWords.province, in: Substring(after.prefix(60)), source: source) {
                organisation.province = province
            }
            if organisation.district != nil && organisation.province != nil { return }
        }
    }

    // MARK: Period

    /// A plan's period (`พ.ศ. ๒๕๖๗ - ๒๕๗๐`) or a report's fiscal year (`ประจำปีงบประมาณ พ.ศ. ๒๕๖๖`),
    /// from the first block near the top that states one.
    private mutating func readPeriod(into info: inout DocumentInfo) {
        for block in blocks.prefix(Self.headWindow) where block.kind != .pageArtefact {
            // A title line right above a table is read as the table's title; it still states the period.
            let ownText = block.table == nil && block.kind != .table
            let text = block.table?.title ?? (ownText ? block.text : "")
            let bytes = Array(text.utf8)
            // A block's own text is placed through its pieces (past a join, markup or spaces taken out).
            let tokens = ownText ? TextTools.tokens(of: block)
                : TextTools.tokens(text, line: block.source.line, column: block.source.column, endLine: block.source.endLine)
            for token in tokens {
                let raw = token.raw(in: bytes)
                // A report's period is read only before its fiscal year: a range after it is the body's (the plan a
                // report's first sentence cites, run on into the title's block).
                if info.kind != .actionPlan, info.fiscalYear != nil { break }
                switch token.value {
                case .yearRange(let from, let to) where info.period == nil && from < to:
                    info.period = Located(from.be...to.be, raw: raw, line: token.line, column: token.column)
                case .fiscalYearRange(let from, let to) where info.period == nil && from < to:
                    info.period = Located(from.be...to.be, raw: raw, line: token.line, column: token.column)
                case .fiscalYear(let year) where info.fiscalYear == nil:
                    info.fiscalYear = Located(year.be, raw: raw, line: token.line, column: token.column)
                default: continue
                }
            }
            if info.kind == .actionPlan, info.period != nil { return }
            if info.kind != .actionPlan, info.fiscalYear != nil { return }
        }
    }

    // MARK: Dates, references, signatures

    /// `ประกาศ ณ วันที่ …`, `วันที่ …` of a memo, `ข้อมูล ณ วันที่` is not an issue date.
    private func issued(kind: DocumentKind) -> Located<CalendarDate>? {
        for block in blocks where block.kind != .table {
            // The announcing line may stand inside a block (Word paragraphs with no empty one between them).
            guard TextTools.containsBytes(Self.onDateBytes, in: block.text) || kind == .itaAnalysisMemo else { continue }
            var offset = 0
            for line in TextTools.lines(block.text) {
                defer { offset += line.utf8.count + 1 }
                // Most lines are turned away by their first letter before any is compacted: this runs on every line.
                guard let initial = line.unicodeScalars.first(where: { $0 != " " && $0 != "\t" && $0 != "*" }),
                      Self.announcingInitials.contains(initial) else { continue }
                let compact = TextTools.compactHead(line, bytes: 60)
                let announces = Self.announcingOpeners.contains(where: compact.startsWith)
                    || (kind == .itaAnalysisMemo && compact.startsWith("วันที่"))
                guard announces else { continue }
                let bytes = Array(block.text.utf8)
                for token in TextTools.tokens(of: block) where token.span.start.offset >= offset {
                    if case .date(let date) = token.value {
                        return Located(date, raw: token.raw(in: bytes), line: token.line, column: token.column)
                    }
                }
            }
        }
        return nil
    }

    /// Lines that announce the document's date (`ประกาศ ณ วันที่ …`), compared without spaces.
    static let announcingOpeners = ["ประกาศณ", "ให้ไว้ณวันที่", "รายงานณวันที่"]
    /// The first letters of the openers, and of a memo's `วันที่`.
    private static let announcingInitials = Set((announcingOpeners + ["วันที่"]).compactMap(\.unicodeScalars.first))
    private static let onDateBytes = Array("ณ".utf8)

    /// `(นายปรากฏ …)` followed by a position line, with `ลงชื่อ ผู้รายงาน` where it says so.
    private func signatories() -> [Signatory] {
        var found: [Signatory] = []
        // A whole-bold line of markdown (`**(นาง…)**`) is read as a heading: it can hold a signature too.
        for (blockIndex, block) in blocks.enumerated() where block.kind == .paragraph || block.kind == .listItem || block.kind == .heading {
            // A signature is a line `(name)`: most blocks have no line that opens with a bracket.
            guard TextTools.someLine(mayStartWith: UInt8(ascii: "("), in: block.text) else { continue }
            let lines = TextTools.lines(block.text, omittingEmpty: true).map { TextTools.trimmed($0) }
            for (index, line) in lines.enumerated() {
                // Counted only as far as the limit: a long bracketed line is no signature and need not be walked whole.
                guard line.startsWith("("), line.endsWith(")"), line.prefix(60).count < 60 else { continue }
                let name = String(line.dropFirst().dropLast()).trimmingSpaces
                guard Self.personTitles.contains(where: name.startsWith) else { continue }
                let position = index + 1 < lines.count ? lines[index + 1] : positionBelow(blockIndex)
                var role: String?
                if index > 0, let before = TextTools.after(prefixes: ["ลงชื่อ"], in: lines[index - 1]) {
                    let text = TextTools.trimmed(before.filter { $0 != "." && $0 != "…" })
                    role = text.isEmpty ? nil : text
                }
                found.append(Signatory(name: Located(name, raw: line, line: block.source.line + min(index, block.source.endLine - block.source.line)),
                                       position: position, role: role))
            }
        }
        return found
    }

    /// The position under a name written as a paragraph of its own (a blank line between them): the next
    /// block's first line, when it stands right below and is short and no other signature.
    private func positionBelow(_ index: Int) -> String? {
        guard index + 1 < blocks.count else { return nil }
        let block = blocks[index], next = blocks[index + 1]
        guard next.kind == .paragraph || next.kind == .heading, next.source.line <= block.source.endLine + 2 else { return nil }
        let line = TextTools.trimmed(TextTools.firstLine(next.text))
        guard !line.isEmpty, !line.startsWith("("), TextTools.scalarCount(line) <= Self.longestPosition,
              FieldLabels.label(openingLine: line) == nil else { return nil }
        return line
    }

    /// Longer than this, the line under a name is text, not a position.
    static let longestPosition = 80

    static let personTitles = ["นาย", "นาง", "นางสาว", "น.ส.", "ว่าที่", "ดร.", "พ.ต.", "ร.ต.", "จ.ส.", "สิบ", "พล"]
}

extension String {
    var trimmingSpaces: String { TextTools.trimmed(self) }
}
