import DocumentReader
import ThaiText

/// Walks the text blocks in order: dimensions and missions, detail sheets (`ลำดับที่ N` with fields
/// ๑.–๙.), a progress report's narrative entries (`ชื่อโครงการ : …` with การดำเนินการ / งบประมาณ /
/// ผลการดำเนินการ), and the sentences that state totals.
struct NarrativeReader {
    let kind: DocumentKind
    var dimensions: [Dimension] = []
    var missions: [Mission] = []
    var mentions: [Mention] = []
    /// Lines about one project (`โครงการ… งบประมาณ … บาท เบิกจ่าย … บาท`): linked only to a project
    /// their name opens with, never made projects of their own (ProjectLinker.attach).
    var projectSentences: [Mention] = []
    var declared: [DeclaredTotal] = []
    var amountsInWords: [AmountInWords] = []
    var warnings: [RecordWarning] = []

    private var dimension: Dimension?
    private var mission: String?
    /// The entry being read, and the field of it the text now belongs to.
    private var entry: Mention?
    /// The position of the block that opened the entry: the line after its name may say what it spent.
    private var entryPosition: Int?
    private var field: FieldLabels.Field?
    /// The outline number of the open entry's current field (`๓` of `๓. วัตถุประสงค์`): its sub-items
    /// (`๓.๑ เพื่อ…`) belong to it, not to a mission of dimension ๓.
    private var fieldNumber: Int?
    /// The number of the field's last numbered step (`๓)` of `๓) จัดทำร่างแผน…`), and the last of its sub-steps read
    /// (`๓.๑ คณะกรรมการ…`): those belong to it, not to a mission of dimension ๓ (which closed the sheet before its
    /// budget was read).
    private var stepNumber: Int?
    private var subStepNumber = 0
    /// The amounts of a sheet's budget field written as numbered sources (`๑. งบประมาณรายจ่าย … ๑,๔๕๐,๐๐๐ บาท`,
    /// `๒. สปสช.จัดสรร … เป็นเงิน ๒,๔๓๗,๑๕๕ บาท`): two or more are parts of one budget, summed when the entry closes.
    private var budgetSources: [Located<ExactDecimal>] = []
    /// The budget field stated its amount and then its parts (`ตั้งไว้ปีละ ๑๘,๐๐๐ บาท ประกอบด้วย ๑) … เป็นเงิน
    /// ๖,๐๐๐ บาท ๒) …`): the amounts after it are the parts, no budget of their own.
    private var budgetItemized = false
    /// The text blocks in reading order (a paragraph of field lines split into its lines), each with the
    /// index of its document block when it is a whole one, and the position of the one being read: whether
    /// a numbered line is an entry depends on the block that follows it.
    private var textBlocks: [(block: Block, origin: Int?)] = []
    private var position = 0
    /// The block just read took the next one in (a name written below its label).
    private var skipNext = false
    /// The open entry was written with its fields on its own line (`๑. โครงการ… งบประมาณ … เบิกจ่าย …`):
    /// the lines after it may hold several fields each, cut at their labels.
    private var inlineEntry = false
    private var next: Block? { position + 1 < textBlocks.count ? textBlocks[position + 1].block : nil }
    private var afterNext: Block? { position + 2 < textBlocks.count ? textBlocks[position + 2].block : nil }
    /// `ลำดับที่ N` seen, its sheet's name not yet.
    private var pendingSheet: (number: Int, raw: String, line: Int)?

    /// The fiscal year a report is about: a narrative entry's budget is for that year.
    let fiscalYear: Int?

    init(kind: DocumentKind, fiscalYear: Int?) {
        self.kind = kind
        self.fiscalYear = fiscalYear
    }

    /// The document's tokens, and the index of the block being read when it is a whole document block
    /// (not a line split from one), whose tokens are then already scanned.
    private var tokens: BlockTokens?
    /// Where a figure that is no number as written was warned about (a block can be read twice).
    private var unreadableWarned: Set<SourcePosition> = []
    private var wholeBlock: Int?

    mutating func read(_ blocks: [Block], tokens: BlockTokens) {
        self.tokens = tokens
        textBlocks.reserveCapacity(blocks.count)
        for (index, block) in blocks.enumerated() {
            switch block.kind {
            case .table:
                textBlocks.append((block, index))
                // `ชื่อโครงการ | …` over `งบประมาณ | …`, `เบิกจ่าย | …`: one entry's fields as a table, a row a field.
                if let rows = Self.fieldRows(block) { textBlocks += rows.map { ($0, nil) } }
            case .pageArtefact where block.artefact != .runningHeader: continue
            default:
                if let pieces = Self.splitAtFieldLabels(block, inlineEntries: kind == .progressReport) {
                    for piece in pieces { textBlocks.append((piece, nil)) }
                } else {
                    textBlocks.append((block, index))
                }
            }
        }
        // Read from a local copy of the list (one retain): an element of the reader's own list, handed to its
        // mutating methods, was copied out for each block.
        let queued = textBlocks
        for index in queued.indices {
            if queued[index].block.kind == .table {
                closeEntry()
                // A table block's text is its title: `บัญชีโครงการ จำนวน ๓ โครงการ งบประมาณรวม ๖๐,๐๐๐ บาท` above
                // the table states totals as much as a paragraph does.
                let table = queued[index].block
                // A dimension's heading read as the table's title (`## มิติที่ ๑ …` right above it) opens it.
                if let found = OutlineReader.dimension(in: TextTools.firstLine(table.text)) {
                    let opened = Dimension(number: found.number, starred: found.starred, title: found.title,
                                           line: table.source.line, raw: String(TextTools.firstLine(table.text)))
                    if !dimensions.contains(where: { $0.key == opened.key }) { dimensions.append(opened) }
                    dimension = opened
                    mission = nil
                }
                if !table.text.isEmpty {
                    position = index
                    if kind == .progressReport, Self.opensInlineEntry(TextTools.firstLine(table.text)) {
                        // `๑. โครงการ… งบประมาณ … บาท เบิกจ่าย … บาท` right above a table was taken for its title:
                        // it is the report's last entry.
                        wholeBlock = nil
                        read(Block(kind: .paragraph, source: SourceLines(line: table.source.line, column: table.source.column),
                                   text: table.text, rawText: table.rawText))
                        closeEntry()
                    } else {
                        wholeBlock = queued[index].origin
                        statements(in: table)
                    }
                }
                continue
            }
            // The block an entry took its name from is read.
            if skipNext { skipNext = false; continue }
            position = index
            wholeBlock = queued[index].origin
            read(queued[index].block)
        }
        textBlocks = []
        closeEntry()
        if let pending = pendingSheet {
            warnings.append(RecordWarning(line: pending.line, message: "detail sheet \(pending.raw) has no project name"))
        }
    }

    /// `มิติที่ ๒` alone on its line, its name in the block below (`การบริหารราชการด้วยความโปร่งใส`, perhaps the title of
    /// the table below; a legend's names wrap over a line or two): that short text, when it is no outline number,
    /// item or project of its own.
    private func titleBelow(_ block: Block) -> String? {
        guard !TextTools.contains(byte: 0x0A, in: block.text), let next else { return nil }
        let lines = TextTools.lines(next.text, omittingEmpty: true)
        guard lines.count <= 3 else { return nil }
        let line = TextTools.trimmed(TextTools.joinedLines(next.text))
        guard !line.isEmpty, line.unicodeScalars.count <= 120, OutlineReader.dimension(in: Substring(line)) == nil,
              OutlineReader.mission(in: Substring(line)) == nil, ProjectKindWords.kind(of: line) == nil,
              let first = line.unicodeScalars.first, TextTools.digitValue(first) == nil else { return nil }
        return OutlineReader.withoutCount(line)
    }

    private mutating func read(_ block: Block) {
        let firstLine = TextTools.firstLine(block.text)
        if let found = OutlineReader.dimension(in: firstLine) {
            closeEntry()
            let opened = Dimension(number: found.number, starred: found.starred, title: found.title ?? titleBelow(block),
                                   line: block.source.line, raw: String(firstLine))
            if !dimensions.contains(where: { $0.key == opened.key }) { dimensions.append(opened) }
            dimension = opened
            mission = nil
            // A legend lists every dimension in one paragraph; the rest of its lines are dimensions too.
            for (offset, line) in TextTools.lines(block.text).enumerated().dropFirst() {
                if let more = OutlineReader.dimension(in: line) {
                    let other = Dimension(number: more.number, starred: more.starred, title: more.title,
                                          line: block.sourceLine(ofTextLine: offset), raw: String(line))
                    if !dimensions.contains(where: { $0.key == other.key }) { dimensions.append(other) }
                }
            }
            // `มิติที่ ๑ การสร้างวัฒนธรรมสุจริต จำนวน ๗ โครงการ`: what a legend's lines count.
            statements(in: block)
            // A legend names several dimensions and opens none: what follows it is under no dimension yet
            // (the detail sheets after a legend were all put under its first line's dimension).
            if dimensions.count > 1, TextTools.lines(block.text).dropFirst().contains(where: { OutlineReader.dimension(in: $0) != nil }) {
                dimension = nil
            }
            return
        }
        if let found = OutlineReader.mission(in: firstLine), dimension?.number == found.dimension || dimension == nil,
           !OutlineReader.isNumberedItem(found.rest), entry == nil || fieldNumber != found.dimension && !isSubStep(found.number, of: found.dimension) {
            let rest = String(found.rest)
            if let kindWord = ProjectKindWords.kind(of: rest), kind == .progressReport, Self.startsWithFieldLabel(next) {
                // `๑.๑ โครงการอบรม…`: a report numbering its projects under the dimension.
                openEntry(role: .narrative, name: rest, kindWord: kindWord, numbering: String(firstLine.prefix { $0 != " " }), number: nil, block: block)
                return
            }
            if !rest.isEmpty, !missions.contains(where: { $0.number == found.number }) {
                missions.append(Mission(number: found.number, dimension: found.dimension, title: rest, line: block.source.line))
            }
            closeEntry()
            mission = found.number
            return
        }
        lazy var compact = TextTools.compact(block.text)
        // A sheet opener is the block's whole text: looked for only where the first line has its first word.
        lazy var head = TextTools.compactHead(block.text)
        if FieldLabels.sheetOpenerWords.contains(where: { firstLine.includes($0) }),
           let opener = FieldLabels.sheetOpeners.first(where: { head.startsWith($0) }),
           let (number, rest) = TextTools.leadingInteger(compact[compact.utf8.index(compact.startIndex, offsetBy: opener.utf8.count)...]), rest.isEmpty {
            closeEntry()
            pendingSheet = (number, TextTools.trimmed(block.text), block.source.line)
            return
        }
        let body = TextTools.droppingMarker(firstLine)
        // `๑. งบประมาณรายจ่าย … ๑,๔๕๐,๐๐๐ บาท` under a sheet's budget field: a numbered source of that budget,
        // not the field opening again.
        let fieldLabel = FieldLabels.label(openingLine: firstLine)
        let isBudgetSource = entry != nil && field == .budget && fieldLabel.map { $0.field == .budget } ?? false
            && TextTools.droppingMarker(firstLine).startIndex != firstLine.startIndex
        if !isBudgetSource, let label = fieldLabel {
            if label.field == .name {
                var name = TextTools.trimmed(Self.afterLabel(label.label, in: block.text))
                var nameBlock = block
                // `๑. ชื่อโครงการ :` alone, the name in the paragraph below it.
                if name.isEmpty, let following = next, Self.holdsAName(following) {
                    name = TextTools.trimmed(following.text)
                    nameBlock = Block(kind: block.kind, source: SourceLines(line: block.source.line, column: block.source.column,
                                                                            endLine: following.source.endLine),
                                      text: following.text, rawText: following.rawText)
                    skipNext = true
                } else if !name.isEmpty, let following = next, Self.continuesAName(following, after: block, then: afterNext) {
                    // `๑. ชื่อโครงการ : …เพื่อเสริมสร้างบทบาท` / `การตรวจสอบการดำเนินงาน`: a name wrapped onto the
                    // line below, which the reader took for a paragraph of its own.
                    name = Self.joinWrapped(name, TextTools.trimmed(following.text))
                    nameBlock = Block(kind: block.kind, source: SourceLines(line: block.source.line, column: block.source.column,
                                                                            endLine: following.source.endLine),
                                      text: block.text + "\n" + following.text, rawText: block.rawText + "\n" + following.rawText)
                    skipNext = true
                }
                // A plan's numbered entries are its detail sheets; a progress report numbers its narrative
                // entries the same way (`ลำดับที่ ๔`), and what they state is what was done and spent.
                let role: MentionRole = kind == .actionPlan || (pendingSheet != nil && kind != .progressReport) ? .detailSheet : .narrative
                let sheet = pendingSheet
                pendingSheet = nil
                if name.isEmpty {
                    warnings.append(RecordWarning(line: block.source.line, message: "a project entry with no name"))
                    return
                }
                openEntry(role: role, name: name, kindWord: ProjectKindWords.kind(of: name),
                          numbering: sheet?.raw, number: sheet?.number, block: nameBlock)
                return
            }
            guard entry != nil else {
                statements(in: block)
                return
            }
            field = label.field
            fieldNumber = TextTools.leadingInteger(Substring(firstLine)).map(\.value)
            stepNumber = nil
            let rest = TextTools.trimmed(Self.afterLabel(label.label, in: block.text))
            if !rest.isEmpty {
                // The block's own tokens after the label: each figure keeps its line and column.
                let offset = Self.afterLabelOffset(label.label, in: block.text)
                let all = wholeBlock.flatMap { self.tokens?.tokens(of: $0) } ?? TextTools.tokens(of: block)
                fill(with: rest, block: block, tokens: all.filter { $0.span.start.offset >= offset }, bytes: Array(block.text.utf8))
            }
            return
        }
        // `(กิจกรรม โตไปไม่โกง)` under an entry's name: another name for it.
        // (The open entry is changed where it stands: a copy of a mention is a score of strings and arrays.)
        if let openEnd = entry?.endLine, field == nil, compact.startsWith("("), compact.endsWith(")"), block.source.line <= openEnd + 3 {
            entry!.name += " " + TextTools.trimmed(block.text)
            entry!.endLine = block.source.endLine
            return
        }
        // `๑. โครงการ… งบประมาณ ๒๐,๐๐๐ บาท เบิกจ่าย …`: a report's numbered entry with its fields after its name;
        // also as a bullet (`- โครงการ… งบประมาณ …`, a list item whose marker the reader took off).
        let numbered = body.startIndex != firstLine.startIndex
        if kind == .progressReport, block.kind != .table, numbered || block.kind == .listItem && block.marker != nil,
           entry == nil || inlineEntry || field == .results || field == .budget,
           let kindWord = ProjectKindWords.kind(of: body) {
            let bytes = Array(block.text.utf8)
            let bodyStart = block.text.utf8.distance(from: block.text.startIndex, to: body.startIndex)
            let lineEnd = bodyStart + body.utf8.count
            if let first = Self.inlineLabels(in: bytes, from: bodyStart).first, first.start < lineEnd {
                let name = TextTools.trimmed(String(decoding: bytes[bodyStart..<first.start], as: UTF8.self))
                if ProjectKindWords.kind(of: name) != nil, TextTools.scalarCount(Substring(name)) > 8 {
                    openEntry(role: .narrative, name: name, kindWord: kindWord,
                              numbering: numbered ? TextTools.trimmed(String(firstLine[..<body.startIndex])) : nil, number: nil, block: block)
                    inlineEntry = true
                    fillInline(block, bytes: bytes, from: first.start)
                    return
                }
            }
        }
        // A report's entry that is only its name on a line of its own: `โครงการจัดเวทีประชาคม …`.
        if kind == .progressReport, block.kind != .listItem, block.source.line == block.source.endLine,
           let kindWord = ProjectKindWords.kind(of: body), TextTools.scalarCount(body) <= 200,
           entry == nil || field == .results || field == .budget {
            openEntry(role: .narrative, name: String(body), kindWord: kindWord, numbering: nil, number: nil, block: block)
            return
        }
        // `๓. ประชาคมตรวจสอบการใช้จ่ายงบประมาณ` then `การดำเนินการ …`: a numbered entry whose name holds no kind word,
        // known by the field that opens below it. (A numbered step of an entry's actions is followed by more steps
        // or by its results, never by a first field.)
        if kind == .progressReport, block.kind != .listItem, block.source.line == block.source.endLine,
           body.startIndex != firstLine.startIndex, TextTools.scalarCount(body) <= 200, !body.isEmpty,
           entry == nil || field == .results || field == .budget || field == .remark,
           let following = next, following.kind != .table,
           let opening = FieldLabels.label(openingLine: TextTools.firstLine(following.text)),
           FieldLabels.entryOpeningFields.contains(opening.field) {
            openEntry(role: .narrative, name: String(body), kindWord: nil,
                      numbering: TextTools.trimmed(String(firstLine[..<body.startIndex])), number: nil, block: block)
            return
        }
        // `สรุป … ทั้งสิ้น ๓ โครงการ เบิกจ่าย …`: the document's summary, not the last entry's field.
        // (A step of the entry's own that opens with สรุป, `- สรุปและรายงานผลการดำเนินโครงการ`, is a bullet or numbered
        // and states no figure; a summary's heading, `สรุปผลการเบิกจ่าย`, is neither and closes the entry.)
        if entry != nil, FieldLabels.summaryTrie.longestPrefix(of: block.text) != nil && (!Self.isStep(block, firstLine) || statesAFigure(block))
            || countsAllProjects(block) {
            closeEntry()
            statements(in: block)
        } else if entry != nil, inlineEntry {
            fillInline(block, bytes: Array(block.text.utf8), from: 0)
        } else if entry != nil, field != nil {
            if let step = Self.numberOfStep(firstLine) { stepNumber = step; subStepNumber = 0 }
            fill(with: block.text, block: block, tokens: wholeBlock.flatMap { self.tokens?.tokens(of: $0) })
        } else {
            statements(in: block)
        }
    }

    /// The rows of a table of one entry's fields (two columns, a field's label in the first, the name's label
    /// heading it), each as a line of text `label<tab>value` on its row's lines: read as an entry written out.
    static func fieldRows(_ block: Block) -> [Block]? {
        guard let table = block.table, table.header.count == 2,
              FieldLabels.label(openingLine: TextTools.trimmed(table.header[0]))?.field == .name,
              let headerRow = table.headerRows.first, headerRow.cells.count == 2 else { return nil }
        let rows = [headerRow] + table.rows.filter { $0.cells.count == 2 && !$0.cells[0].text.isEmpty }
        let fields = rows.dropFirst().filter { row in
            let label = TextTools.trimmed(row.cells[0].text)
            return FieldLabels.label(openingLine: label) != nil || FieldLabels.disbursed.contains(where: TextTools.compact(label).startsWith)
        }
        guard !fields.isEmpty else { return nil }
        return rows.map { row in
            Block(kind: .paragraph,
                  source: SourceLines(line: row.source.line, column: row.cells[0].source.column, endLine: row.source.endLine),
                  text: TextTools.trimmed(row.cells[0].text) + "\t" + TextTools.trimmed(row.cells[1].text),
                  rawText: row.cells[0].rawText + "\t" + row.cells[1].rawText)
        }
    }

    /// A paragraph that counts the document's projects (`ได้ดำเนินการทั้งสิ้น ๓ โครงการ`): no entry's text.
    private func countsAllProjects(_ block: Block) -> Bool {
        guard TextTools.containsBytes(Self.allWordBytes, in: block.text) else { return false }
        let tokens = wholeBlock.flatMap { self.tokens?.tokens(of: $0) } ?? TextTools.tokens(of: block)
        let bytes = Array(block.text.utf8)
        return tokens.contains { token in
            guard case .count(_, let classifier) = token.value, ProjectKindWords.countClassifiers.contains(classifier) else { return false }
            return TextTools.compactBefore(bytes, offset: token.span.start.offset, window: 60).endsWith("ทั้งสิ้น")
        }
    }

    private static let allWordBytes = Array("ทั้งสิ้น".utf8)

    /// A bullet or a numbered line: a step of an entry's field, never a heading of the document's.
    private static func isStep(_ block: Block, _ firstLine: Substring) -> Bool {
        block.kind == .listItem || TextTools.droppingMarker(firstLine).startIndex != firstLine.startIndex
    }

    /// Whether a block states an amount, a count or a percentage, as a summary of the document does.
    private func statesAFigure(_ block: Block) -> Bool {
        let tokens = wholeBlock.flatMap { self.tokens?.tokens(of: $0) } ?? TextTools.tokens(of: block)
        return tokens.contains { token in
            switch token.value {
            case .money, .count, .percent: return true
            default: return false
            }
        }
    }

    // MARK: Entries

    /// A paragraph that can be the name under a bare `ชื่อโครงการ :`: text, no field label, no outline number.
    static func holdsAName(_ block: Block) -> Bool {
        guard block.kind == .paragraph || block.kind == .heading || block.kind == .listItem else { return false }
        let first = TextTools.firstLine(block.text)
        return FieldLabels.label(openingLine: first) == nil && OutlineReader.dimension(in: first) == nil
            && !TextTools.trimmed(block.text).isEmpty
    }

    /// A short line below a name's line, holding no label, number or aside, either right below it or between
    /// it and the sheet's next field (`๒. หลักการและเหตุผล`): the rest of a name the export wrapped.
    static func continuesAName(_ block: Block, after nameLine: Block, then following: Block?) -> Bool {
        let adjacent = block.source.line == nameLine.source.endLine + 1
        let beforeNextField = block.source.line <= nameLine.source.endLine + 2 && startsWithFieldLabel(following)
        guard block.kind == .paragraph, adjacent || beforeNextField,
              block.source.line == block.source.endLine, holdsAName(block) else { return false }
        let text = TextTools.trimmed(block.text)
        guard let first = text.unicodeScalars.first, TextTools.scalarCount(Substring(text)) <= maxWrappedNameScalars,
              first != "(", first != "-", first != "*", TextTools.digitValue(first) == nil,
              TextTools.droppingMarker(text).startIndex == text.startIndex else { return false }
        return true
    }

    /// Longer than this, the line below a name is text of its own, not the name's end.
    static let maxWrappedNameScalars = 100

    /// A wrapped name joined: Thai letters on both sides of the break were one word run (Thai writes no
    /// spaces inside a name's phrases); anything else keeps a space.
    static func joinWrapped(_ head: String, _ tail: String) -> String {
        func isThai(_ scalar: Unicode.Scalar?) -> Bool { scalar.map { (0x0E01...0x0E4F).contains($0.value) } ?? false }
        return isThai(head.unicodeScalars.last) && isThai(tail.unicodeScalars.first) ? head + tail : head + " " + tail
    }

    /// Whether `N.M` under an open entry is a sub-step of the step `N)` just read: numbered on from .1 (`๓)` then
    /// `๓.๑`, `๓.๒`). A mission's number after a step of the same number but no .1 under it (`๓)` ending a list of
    /// results, then `๓.๒ การรับฟังความคิดเห็น…`) is the next mission.
    private mutating func isSubStep(_ number: String, of step: Int) -> Bool {
        guard stepNumber == step, let sub = number.split(separator: ".").last.flatMap({ Int($0) }),
              sub == subStepNumber + 1 else { return false }
        subStepNumber = sub
        return true
    }

    /// The number of a step written `๓)` or `๓.` then words (not `๓.๑`, a sub-step's).
    static func numberOfStep(_ line: Substring) -> Int? {
        guard let (value, rest) = TextTools.leadingInteger(line), let mark = rest.utf8.first,
              mark == UInt8(ascii: ")") || mark == UInt8(ascii: ".") else { return nil }
        let after = rest.unicodeScalars.dropFirst().first
        return after.map { TextTools.digitValue($0) == nil } ?? false ? value : nil
    }

    /// Whether a block opens with a field label (`การดำเนินการ`, `งบประมาณดำเนินการ`).
    static func startsWithFieldLabel(_ block: Block?) -> Bool {
        guard let block, block.kind != .table else { return false }
        guard let label = FieldLabels.label(openingLine: TextTools.firstLine(block.text)) else { return false }
        return label.field != .name
    }

    /// A paragraph whose later lines open with field labels (an entry written without blank lines), or
    /// with numbered entries that hold their fields (`๒. มาตรการ… ไม่ใช้งบประมาณ`, when `inlineEntries`),
    /// is read a line at a time, each line with its own place. Nil when the block is read whole (most are:
    /// no array is made for them).
    static func splitAtFieldLabels(_ block: Block, inlineEntries: Bool = false) -> [Block]? {
        guard block.kind == .paragraph || block.kind == .heading, TextTools.contains(byte: 0x0A, in: block.text) else { return nil }
        let lines = TextTools.lines(block.text)
        guard lines.dropFirst().contains(where: { FieldLabels.label(openingLine: $0) != nil || (inlineEntries && opensInlineEntry($0)) })
        else { return nil }
        return lines.enumerated().map { offset, line in
            let number = block.sourceLine(ofTextLine: offset)
            // An HTML paragraph is one line of text over several of source: it runs to the line before the next.
            let endLine = offset + 1 < lines.count ? max(number, block.sourceLine(ofTextLine: offset + 1) - 1) : max(number, block.source.endLine)
            // A line of markup keeps its raw text, where its figures are found (Block.placeInMarkup).
            var part = Block(kind: .paragraph, source: SourceLines(line: number, column: offset == 0 ? block.source.column : 1, endLine: endLine),
                             text: String(line), rawText: block.rawText(ofTextLine: offset) ?? String(line))
            part.linePieces = block.linePieces(onTextLine: offset)
            return part
        }
    }

    /// A numbered line that opens an entry and holds its fields: `๑. โครงการ… งบประมาณ ๒๐,๐๐๐ บาท`.
    static func opensInlineEntry(_ line: Substring) -> Bool {
        let body = TextTools.droppingMarker(line)
        guard body.startIndex != line.startIndex, ProjectKindWords.kind(of: body) != nil else { return false }
        let bytes = Array(line.utf8)
        let bodyStart = line.utf8.distance(from: line.startIndex, to: body.startIndex)
        return inlineLabels(in: bytes, from: bodyStart).first.map { $0.start > bodyStart } ?? false
    }

    /// The field labels written inside text from `start` on (`FieldLabels.inlineLabels`): each after a space or
    /// a line's start, with a figure after it where the label needs one. Where each starts and ends, and its field.
    static func inlineLabels(in bytes: [UInt8], from start: Int) -> [(start: Int, end: Int, field: FieldLabels.Field, needsFigure: Bool)] {
        var found: [(start: Int, end: Int, field: FieldLabels.Field, needsFigure: Bool)] = []
        var index = start
        while index < bytes.count {
            defer { index += 1 }
            guard index == 0 || bytes[index - 1] == 0x20 || bytes[index - 1] == 0x0A || bytes[index - 1] == 0x09,
                  bytes[index] == 0xE0 else { continue }
            for label in FieldLabels.inlineLabelBytes where bytes[index...].starts(with: label.label) {
                let end = index + label.label.count
                if label.needsFigure, !figureFollows(bytes, from: end) { continue }
                found.append((index, end, label.field, label.needsFigure))
                index = end - 1
                break
            }
        }
        return found
    }

    /// Whether a figure follows `offset`, past spaces and the words that may lead to it.
    private static func figureFollows(_ bytes: [UInt8], from offset: Int) -> Bool {
        var index = offset
        func skipSpaces() { while index < bytes.count, bytes[index] == 0x20 { index += 1 } }
        skipSpaces()
        while let lead = FieldLabels.figureLeadBytes.first(where: { bytes[index...].starts(with: $0) }) {
            index += lead.count
            skipSpaces()
        }
        guard index < bytes.count else { return false }
        if (0x30...0x39).contains(bytes[index]) { return true }
        return index + 2 < bytes.count && bytes[index] == 0xE0 && bytes[index + 1] == 0xB9 && (0x90...0x99).contains(bytes[index + 2])
    }

    /// The text of a block from `start` on, cut at its inline labels, each piece filled into its field
    /// (the piece before the first label into the field already open).
    private mutating func fillInline(_ block: Block, bytes: [UInt8], from start: Int) {
        let labels = Self.inlineLabels(in: bytes, from: start)
        let all = wholeBlock.flatMap { self.tokens?.tokens(of: $0) } ?? TextTools.tokens(of: block)
        var pieces: [(start: Int, textStart: Int, end: Int, field: FieldLabels.Field?)] = []
        if labels.first.map({ $0.start > start }) ?? true { pieces.append((start, start, labels.first?.start ?? bytes.count, nil)) }
        for (number, label) in labels.enumerated() {
            let end = number + 1 < labels.count ? labels[number + 1].start : bytes.count
            // `ไม่ใช้งบประมาณ` is what the budget field says; other labels only name their field.
            pieces.append((label.start, label.needsFigure || label.field == .results ? label.end : label.start, end, label.field))
        }
        for piece in pieces {
            if let opened = piece.field { field = opened }
            guard field != nil else { continue }
            let text = String(decoding: bytes[piece.textStart..<piece.end], as: UTF8.self)
            guard !TextTools.trimmed(text).isEmpty else { continue }
            fill(with: text, block: block, tokens: all.filter { piece.start <= $0.span.start.offset && $0.span.start.offset < piece.end },
                 bytes: bytes)
        }
    }

    private mutating func openEntry(role: MentionRole, name: String, kindWord: ProjectKind?, numbering: String?,
                                    number: Int?, block: Block) {
        closeEntry()
        inlineEntry = false
        entryPosition = position
        let clean = TextTools.joinedLines(name)
        var mention = Mention(role: role, line: block.source.line, endLine: block.source.endLine, column: block.source.column,
                              name: clean, rawName: block.rawText, numbering: numbering, number: number, kind: kindWord)
        mention.dimension = dimension?.key
        mention.mission = mission
        entry = mention
        field = nil
        fieldNumber = nil
        stepNumber = nil
        budgetSources = []
        budgetItemized = false
    }

    private mutating func closeEntry() {
        if var done = entry {
            Self.sumBudgetSources(budgetSources, into: &done)
            mentions.append(done)
        }
        entry = nil
        field = nil
        fieldNumber = nil
        stepNumber = nil
        budgetSources = []
        budgetItemized = false
        inlineEntry = false
    }

    /// Two or more numbered sources in a budget field are the parts of one budget: what was read from their
    /// lines as a year's or the period's amount gives way to their sum.
    private static func sumBudgetSources(_ sources: [Located<ExactDecimal>], into mention: inout Mention) {
        guard sources.count >= 2 else { return }
        let lines = Set(sources.map(\.line))
        mention.budgets = mention.budgets.filter { !lines.contains($0.value.line) }
        if let period = mention.budgetForPeriod, lines.contains(period.line) { mention.budgetForPeriod = nil }
        if let perYear = mention.budgetPerYear, lines.contains(perYear.line) { mention.budgetPerYear = nil }
        guard mention.budgetForPeriod == nil, mention.budgets.isEmpty, mention.budgetPerYear == nil else { return }
        let sum = sources.reduce(ExactDecimal.zero) { $0 + $1.value }
        mention.budgetForPeriod = Located(sum, raw: sources.map(\.raw).joined(separator: " + "), line: sources[0].line, column: sources[0].column)
    }

    /// What stands in `entry` while `fill` holds the open entry (it holds no storage of its own).
    /// Text that belongs to the open entry's current field.
    /// `tokens` and `bytes` are the block's when given (the tokens' offsets are into `bytes`); else `text` is scanned.
    private mutating func fill(with text: String, block: Block, tokens scanned: [Token]? = nil, bytes blockBytes: [UInt8]? = nil) {
        // Taken out while the field is read, as the reader's own methods change it too (moved out and back:
        // neither way copies the mention's strings and arrays).
        guard var mention = entry.take() else { return }
        fill(&mention, with: text, block: block, tokens: scanned, bytes: blockBytes)
        entry = mention
    }

    private mutating func fill(_ mention: inout Mention, with text: String, block: Block, tokens scanned: [Token]?, bytes blockBytes: [UInt8]?) {
        mention.endLine = max(mention.endLine, block.source.endLine)
        let tokens = scanned ?? (text == block.text ? TextTools.tokens(of: block)
            : TextTools.tokens(text, line: block.source.line, column: block.source.column, endLine: block.source.endLine))
        let bytes = blockBytes ?? Array(text.utf8)
        // Compacted only for the fields that compare words.
        lazy var compact = TextTools.compact(text)
        noteWords(tokens, bytes: bytes)
        for frequency in Self.frequencies(tokens, bytes: bytes) { keepFirst(frequency, in: &mention.frequency, what: "how often a year") }
        switch field {
        case .budget:
            readBudget(tokens: tokens, bytes: bytes, block: block, into: &mention)
            // A numbered source states its amount last (`… ๔๕ บาท ต่อประชากร … เป็นเงิน ๒,๔๓๗,๑๕๕ บาท`).
            if mention.role == .detailSheet, TextTools.droppingMarker(text).startIndex != text.startIndex,
               let amount = Self.amounts(tokens, bytes: bytes).last {
                budgetSources.append(amount)
            }
        case .period:
            mention.period = (mention.period.map { $0 + " " } ?? "") + TextTools.trimmed(text)
        case .responsible:
            mention.responsible = (mention.responsible.map { $0 + " " } ?? "") + TextTools.trimmed(text)
        case .targets, .outputs:
            mention.targets.append(TextTools.trimmed(text))
        case .results, .actions:
            // A status is said in a few words; a long result text only mentions one.
            if text.utf8.count <= 600, TextTools.hasAtMost(40, charactersIn: compact), let status = StatusWords.status(in: compact) {
                mention.status = Located(status, raw: TextTools.trimmed(text), source: block.source)
            }
            // A short text is compacted whole for its status above; of a long one only the head is, to find the label.
            if (text.utf8.count <= 600 ? compact : TextTools.compactHead(text)).startsWith("เบิกจ่าย") { readBudget(tokens: tokens, bytes: bytes, block: block, into: &mention) }
        default:
            break
        }
    }

    /// A budget field: `เบิกจ่าย ๑๗,๘๖๐ บาท`, `ไม่ได้ใช้งบประมาณ`, `ปีละ ๒๐,๐๐๐ บาท`, `๓๐๐,๐๐๐ บาท (สามแสนบาทถ้วน)`,
    /// or one amount per year (`ปี ๒๕๖๗ ๒๐,๐๐๐ บาท`).
    private mutating func readBudget(tokens: [Token], bytes: [UInt8], block: Block, into mention: inout Mention) {
        let source = SourceLines(line: block.source.line, column: block.source.column, endLine: block.source.endLine)
        // `ปีงบประมาณ พ.ศ. ๒๕๖๗ - ๒๕๖๘ ไม่ใช้งบประมาณ` over `ปีงบประมาณ พ.ศ. ๒๕๖๙ - ๒๕๗๐ ปีละ ๑๐,๐๐๐ บาท`: no money in the years
        // written before the words, an amount in the others. Only where every such phrase follows its years and some
        // amount is stated too; otherwise the words say the whole entry uses no budget.
        var noBudgetAt = FieldLabels.noBudget.flatMap { word in
            bytes.withUnsafeBufferPointer { ByteSearch.offsets(of: Array(word.utf8), in: $0) }
        }.sorted()
        if !noBudgetAt.isEmpty {
            let keyedByYears = mention.role != .narrative && tokens.contains { if case .money = $0.value { true } else { false } }
                && noBudgetAt.allSatisfy { Self.yearsStandBefore($0, tokens: tokens, bytes: bytes) }
            if !keyedByYears {
                let zero = Located(ExactDecimal.zero, raw: TextTools.trimmed(block.text), source: source)
                if mention.role == .narrative { mention.disbursed = zero } else { mention.budgetForPeriod = zero }
                return
            }
        }
        // The years the next amount is for: one year, or each year of a range or list written before
        // `ปีละ` (`ปีงบประมาณ พ.ศ. ๒๕๖๗ - ๒๕๖๘ ปีละ ๔๐,๐๐๐ บาท`).
        var years: [Int] = []
        // Where the last year token ended, while no amount has followed it: a year joined to it by `และ` or a
        // comma (`๒๕๖๖ - ๒๕๖๗ และ ๒๕๖๙ ปีละ …`) adds to its years instead of replacing them.
        var yearsEnd: Int?
        /// The amount just read was the disbursement: a percentage right after it (`คิดเป็นร้อยละ ๙๐`) is its share.
        var afterDisbursed = false
        func note(_ found: [Int], _ token: Token) {
            if let end = yearsEnd, end <= token.span.start.offset,
               FieldLabels.yearJoiners.contains(bytes[end..<token.span.start.offset].withUnsafeBufferPointer(TextTools.compactBytes)) {
                years += found.filter { !years.contains($0) }
            } else {
                years = found
            }
            yearsEnd = token.span.end.offset
        }
        /// The years before a `ไม่ใช้งบประมาณ` have no money: each is given zero, where the words stand.
        func noMoney(at offset: Int) {
            guard yearsEnd.map({ $0 <= offset }) ?? false else { return }
            let words = FieldLabels.noBudget.first { bytes[offset...].starts(with: $0.utf8) } ?? ""
            let (line, column) = Self.place(of: offset, in: bytes, block: block)
            let zero = Located(ExactDecimal.zero, raw: words, line: line, column: column)
            for year in years { keepFirst(zero.map { Optional($0) }, in: &mention.budgets[year], what: "the amount for \(year)") }
            years = []
            yearsEnd = nil
        }
        for token in tokens {
            while let first = noBudgetAt.first, first < token.span.start.offset {
                noBudgetAt.removeFirst()
                noMoney(at: first)
            }
            let raw = token.raw(in: bytes)
            defer { if case .money = token.value {} else if case .percent = token.value {} else { afterDisbursed = false } }
            switch token.value {
            case .percent(let value, nil) where afterDisbursed:
                afterDisbursed = false
                let before = TextTools.compactBefore(bytes, offset: token.span.start.offset, window: 60)
                guard FieldLabels.shareWords.contains(where: before.endsWith) else { continue }
                keepFirst(Located(value, raw: raw, line: token.line, column: token.column), in: &mention.disbursedPercent,
                          what: "the share disbursed")
            case .year(let value, _): note([value.be], token)
            case .fiscalYear(let value): note([value.be], token)
            case .yearRange(let from, let to): note(Self.years(from.be, to.be), token)
            case .fiscalYearRange(let from, let to): note(Self.years(from.be, to.be), token)
            case .fiscalYearList(let list): note(list.map(\.be), token)
            case .malformed where token.kind == .malformedNumber:
                // `งบประมาณ ๑๒,,๐๐๐ บาท`: the entry's figure is unknown, not zero and not ๑๒ (noteWords warns). A date
                // no calendar has (`๓๑ กุมภาพันธ์`) is no budget: noteWords names it as a date.
                yearsEnd = nil
                let before = TextTools.compactBefore(bytes, offset: token.span.start.offset)
                let what = Self.saysDisbursed(before) ? "disbursed"
                    : years.count == 1 ? "budget \(years[0])" : "budget"
                mention.unreadable.append(Located(what, raw: token.raw(in: bytes), line: token.line, column: token.column))
            case .money(let amount, _):
                yearsEnd = nil
                afterDisbursed = false
                // `๔๕ บาท ต่อประชากร`: a rate, no amount of the budget.
                guard !Self.isRate(token, bytes: bytes) else { continue }
                let located = Located(amount, raw: raw, line: token.line, column: token.column)
                let before = TextTools.compactBefore(bytes, offset: token.span.start.offset)
                if budgetItemized, !Self.saysDisbursed(before) { continue }
                defer {
                    if FieldLabels.itemizingWords.contains(where: Self.compactAfter(token, bytes: bytes, window: 60).startsWith) { budgetItemized = true }
                }
                // `ปีละ ๒๐,๐๐๐ บาท`, or `รวมเป็นเงิน ๑๒,๐๐๐ บาท ต่อปี` (a total, but of one year).
                let perYear = FieldLabels.perYear.contains(where: before.endsWith) || Self.isPerYear(token, bytes: bytes)
                if !perYear, FieldLabels.totalWords.contains(where: before.endsWith) {
                    // `… ๑๒๐,๐๐๐ บาท รวม ๔๒๐,๐๐๐ บาท`: the total over the years, no year's amount.
                    if mention.budgetForPeriod == nil { mention.budgetForPeriod = located }
                } else if Self.saysDisbursed(before) {
                    if mention.disbursed == nil { mention.disbursed = located }
                    afterDisbursed = true
                } else if Self.says(FieldLabels.remaining, before) {
                    // `… เบิกจ่าย ๑๘,๕๐๐ บาท คงเหลือ ๑,๕๐๐ บาท`: what is left, no second budget.
                    keepFirst(located, in: &mention.remaining, what: "the amount remaining")
                } else if perYear {
                    if years.count > 1 {
                        for year in years { keepFirst(located.map { Optional($0) }, in: &mention.budgets[year], what: "the amount for \(year)") }
                    } else {
                        keepFirst(located, in: &mention.budgetPerYear, what: "the amount a year")
                    }
                } else if let year = years.count == 1 ? years[0] : (mention.role == .narrative ? fiscalYear : nil) {
                    keepFirst(located.map { Optional($0) }, in: &mention.budgets[year], what: "the amount for \(year)")
                } else if mention.budgetForPeriod == nil {
                    mention.budgetForPeriod = located
                }
            default: continue
            }
        }
        for offset in noBudgetAt { noMoney(at: offset) }
    }

    /// Whether a year or a range of years stands before `offset` on its line (`ปีงบประมาณ พ.ศ. ๒๕๖๗ - ๒๕๖๘ ไม่ใช้งบประมาณ`).
    static func yearsStandBefore(_ offset: Int, tokens: [Token], bytes: [UInt8]) -> Bool {
        let lineStart = bytes[..<offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        return tokens.contains { token in
            guard token.span.start.offset >= lineStart, token.span.end.offset <= offset else { return false }
            switch token.value {
            case .year, .fiscalYear, .yearRange, .fiscalYearRange, .fiscalYearList: return true
            default: return false
            }
        }
    }

    /// The source line and column of a byte offset into a block's text.
    static func place(of offset: Int, in bytes: [UInt8], block: Block) -> (line: Int, column: Int) {
        let before = bytes[..<offset]
        let textLine = before.count { $0 == 0x0A }
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let column = bytes[lineStart..<offset].count { $0 & 0xC0 != 0x80 } + (textLine == 0 ? block.source.column : 1)
        return block.sourcePosition(ofTextLine: textLine, column: column)
    }

    /// An amount followed by `ต่อ` or `/` (`๔๕ บาท ต่อประชากร`, `๑๒๐ บาท/คน`): a rate, not money spent or budgeted.
    /// `… บาท ต่อปี` and `… บาท/ปี` are a yearly amount, not a rate.
    static func isRate(_ token: Token, bytes: [UInt8]) -> Bool {
        let after = compactAfter(token, bytes: bytes)
        return FieldLabels.rateWords.contains(where: after.startsWith) && !FieldLabels.perYearAfter.contains(where: after.startsWith)
    }

    /// An amount followed by `ต่อปี` or `/ปี`: so much a year, like `ปีละ` before it.
    static func isPerYear(_ token: Token, bytes: [UInt8]) -> Bool {
        FieldLabels.perYearAfter.contains(where: compactAfter(token, bytes: bytes).startsWith)
    }

    /// The compact text of a few words after a token.
    private static func compactAfter(_ token: Token, bytes: [UInt8], window: Int = 24) -> String {
        let end = min(token.span.end.offset, bytes.count)
        var last = min(end + window, bytes.count)
        // Cut at a character's start, not inside one.
        while last > end, last < bytes.count, bytes[last] & 0xC0 == 0x80 { last -= 1 }
        return bytes[end..<last].withUnsafeBufferPointer(TextTools.compactBytes)
    }

    /// The money amounts among `tokens` that are no rates.
    static func amounts(_ tokens: [Token], bytes: [UInt8]) -> [Located<ExactDecimal>] {
        tokens.compactMap { token in
            guard case .money(let amount, _) = token.value, !isRate(token, bytes: bytes) else { return nil }
            return Located(amount, raw: token.raw(in: bytes), line: token.line, column: token.column)
        }
    }

    /// `เบิกจ่าย`, `เบิกจ่ายแล้ว` just before a figure: the figure is what was spent.
    static func saysDisbursed(_ compactBefore: String) -> Bool { says(FieldLabels.disbursed, compactBefore) }

    /// Whether one of `words` stands just before a figure (`เบิกจ่ายจริง ๔๕,๐๐๐ บาท`, `เบิกจ่ายงบประมาณ จำนวน …`):
    /// the words between a label and its amount go first.
    static func says(_ words: [String], _ compactBefore: String) -> Bool {
        // On bytes: compact text holds no spaces or marks of its own to compare, and a Character walk
        // (`hasSuffix`, `count`) of a sentence's text for every filler was the reader's costliest test.
        var text = Substring(compactBefore)
        while let filler = FieldLabels.figureLeads.first(where: { text.utf8.count > $0.utf8.count && text.endsWith($0) }) {
            text = text[..<text.utf8.index(text.endIndex, offsetBy: -filler.utf8.count)]
        }
        return words.contains { text.endsWith($0) }
    }

    /// The years of a range as written, when it is one (a plan spans a few years, never dozens).
    private static func years(_ from: Int, _ to: Int) -> [Int] {
        from <= to && to - from < 10 ? Array(from...to) : []
    }

    /// An entry states how often, how much a year and how much for each year once: a second figure that differs is a contradiction
    /// to show with both places, not one to settle by keeping whichever came last.
    private mutating func keepFirst<Value>(_ found: Located<Value>, in slot: inout Located<Value>?, what: String) {
        guard let first = slot else { slot = found; return }
        if first.value != found.value {
            warnings.append(RecordWarning(line: found.line, column: found.column,
                                          message: "\(what) is stated twice: \(found.raw) here, \(first.raw) at line \(first.line); the first is kept"))
        }
    }

    private mutating func noteWords(_ tokens: [Token], bytes: [UInt8]) {
        for token in tokens {
            if case .malformed(let reason) = token.value, unreadableWarned.insert(SourcePosition(line: token.line, column: token.column, offset: 0)).inserted {
                let written = token.raw(in: bytes), isDate = token.kind == .malformedDate
                warnings.append(RecordWarning(line: token.line, column: token.column,
                                              message: "\"\(written)\" is not a \(isDate ? "date" : "figure") as written (\(reason)); it is not read",
                                              figure: isDate ? nil : written, date: isDate ? written : nil))
            }
            guard case .money(let amount, let words?) = token.value else { continue }
            let figure = Located(amount, raw: token.raw(in: bytes), line: token.line, column: token.column)
            let wordText = String(decoding: bytes[words.span.start.offset..<words.span.end.offset], as: UTF8.self)
            amountsInWords.append(AmountInWords(figure: figure,
                                                words: Located(words.amount, raw: wordText, line: words.span.start.line, column: words.span.start.column)))
        }
    }

    /// `ปีละ ๔ ครั้ง`: each time the text says how many times a year the entry runs.
    static func frequencies(_ tokens: [Token], bytes: [UInt8]) -> [Located<Int>] {
        tokens.compactMap { token in
            guard case .count(let value, let classifier) = token.value, classifier == "ครั้ง", let times = value.integerValue else { return nil }
            let before = TextTools.compactBefore(bytes, offset: token.span.start.offset)
            guard FieldLabels.perYear.contains(where: before.endsWith) else { return nil }
            return Located(times, raw: token.raw(in: bytes), line: token.line, column: token.column)
        }
    }

    static func afterLabel(_ label: String, in text: String) -> String {
        let firstLine = TextTools.firstLine(text)
        let restOffset = afterLabelOffset(label, in: text)
        let rest = firstLine[firstLine.utf8.index(firstLine.utf8.startIndex, offsetBy: restOffset)...]
        guard let more = TextTools.afterFirstLine(text) else { return String(rest) }
        return rest + " " + more
    }

    /// Where the text after a line's label (and its colon) starts: a UTF-8 offset into `text`.
    static func afterLabelOffset(_ label: String, in text: String) -> Int {
        // The label may be written with spaces inside it; walk the line's bytes matching the label's.
        let firstLine = TextTools.firstLine(text)
        let utf8 = firstLine.utf8
        // Skip the field's own number first.
        let start = utf8.distance(from: utf8.startIndex, to: TextTools.droppingMarker(firstLine).startIndex)
        // The label's own spaces are skipped as they are met (a filtered copy of it was most of this function's time).
        var label = label
        let restOffset = label.withUTF8 { wanted in utf8.withContiguousStorageIfAvailable { bytes -> Int in
            var index = start
            var matched = 0
            while index < bytes.count, matched < wanted.count {
                if wanted[matched] == 0x20 { matched += 1; continue }
                if bytes[index] == 0x20 { index += 1; continue }
                guard bytes[index] == wanted[matched] else {
                    // A letter that differs: back to its first byte, where the label's match ends.
                    while index > start, bytes[index] & 0xC0 == 0x80 { index -= 1 }
                    break
                }
                matched += 1
                index += 1
            }
            while index < bytes.count {
                if bytes[index] == 0x20 || bytes[index] == 0x3A { index += 1 }
                else if index + 2 < bytes.count, bytes[index] == 0xEF, bytes[index + 1] == 0xBC, bytes[index + 2] == 0x9A { index += 3 }  // `：`
                else { break }
            }
            return index
        } } ?? 0
        return restOffset
    }

    // MARK: Statements

    /// Sentences that state totals: `จำนวน 29 โครงการ`, `ดำเนินการแล้วเสร็จ 30 โครงการ`,
    /// `เบิกจ่ายงบประมาณ 72,808.00 บาท คิดเป็นร้อยละ 25.11`.
    private mutating func statements(in block: Block) {
        let text = block.text
        let bytes = Array(text.utf8)
        // A line split from a block is scanned on its own, its figures placed in its markup as a block's are.
        let tokens = wholeBlock.flatMap { self.tokens?.tokens(of: $0) } ?? TextTools.tokens(of: block)
        noteWords(tokens, bytes: bytes)
        // Built only for a block that states a total (most state none).
        lazy var context = TextTools.joinedLines(text)
        lazy var lineStarts = LineStarts(bytes)
        /// Whether the text line holding `offset` opens with a kind word: a line about one project.
        func aboutOneProject(_ offset: Int) -> Bool {
            ProjectKindWords.kind(of: TextTools.droppingMarker(lineStarts.opening(of: offset, in: bytes))) != nil
        }
        var lastMoney: (ExactDecimal, Bool)?
        /// The status tally just read: a percentage right after it (`ดำเนินการแล้วเสร็จ ๒ โครงการ คิดเป็นร้อยละ ๖๖.๖๗`)
        /// is the share of projects with that status, not of the budget.
        var lastTally: ProjectStatus?
        // In a report of one year, a sentence turned to another year (`เปรียบเทียบกับปีงบประมาณ พ.ศ. ๒๕๖๗ ซึ่งมี
        // โครงการ ๑๔ โครงการ …`) states that year's figures, up to where the report's own year is named again.
        var aboutAnotherYear = false
        // Where the last figure read ended: the words since then say what a count counts, digits of an ordinal
        // between them included (`รวมโครงการเพิ่มเติม (ไม่คิดคะแนน) ในมิติที่ ๓ จำนวน ๑ โครงการ`).
        var lastFigureEnd = 0
        for token in tokens {
            if let fiscalYear, let named = token.value.namedYear {
                if named == fiscalYear {
                    aboutAnotherYear = false
                } else if FieldLabels.comparisonWords.contains(where: TextTools.suffix(TextTools.compactBefore(bytes, offset: token.span.start.offset, window: 150), characters: 24).includes) {
                    aboutAnotherYear = true
                }
                continue
            }
            // Only counts of projects, money and percentages state totals; the text before the others is not read.
            switch token.value {
            case .count(_, let classifier) where ProjectKindWords.countClassifiers.contains(classifier): break
            case .money: break
            case .percent(_, nil) where lastMoney != nil || lastTally != nil: break
            default: continue
            }
            let raw = token.raw(in: bytes)
            let located = { (value: ExactDecimal) in Located(value, raw: raw, line: token.line, column: token.column) }
            let declaredBefore = declared.count
            let before = TextTools.compactBefore(bytes, offset: token.span.start.offset)
            let clause = Self.lastClause(before)
            if aboutAnotherYear || fiscalYear != nil && FieldLabels.comparisonWords.contains(where: { word in
                FieldLabels.lastYearWords.contains { clause.includes(word + $0) } }) {
                lastMoney = nil
                lastTally = nil
                continue
            }
            switch token.value {
            case .count(let value, let classifier) where ProjectKindWords.countClassifiers.contains(classifier):
                // A count between a disbursement and a percentage: the percentage is of the count's projects.
                lastMoney = nil
                lastTally = nil
                // (Searched back only to the last figure: a block that is one long line stays linear.)
                let from = min(lastFigureEnd, token.span.start.offset)
                let lineStart = bytes[from..<token.span.start.offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? from
                let sinceFigure = bytes[lineStart..<token.span.start.offset].withUnsafeBufferPointer(TextTools.compactBytes)
                lastFigureEnd = token.span.end.offset
                if let status = StatusWords.status(in: clause) {
                    declared.append(DeclaredTotal(what: .statusCount, value: located(value), context: context, status: status, unit: classifier))
                    lastTally = status
                } else if FieldLabels.partialCountWords.contains(where: sinceFigure.includes) || clause.includes("ตามแผน")
                            && FieldLabels.partialCountWords.contains(where: Self.compactAfter(token, bytes: bytes, window: 150).includes),
                          // A line that opens with a dimension counts it (`มิติที่ ๓* โครงการเพิ่มเติม จำนวน ๑ โครงการ`).
                          OutlineReader.dimension(in: TextTools.droppingMarker(lineStarts.opening(of: token.span.start.offset, in: bytes))) == nil {
                    // `โครงการตามแผน จำนวน ๑๐ โครงการ และโครงการเพิ่มเติม จำนวน ๑ โครงการ`: the planned ones and the
                    // added ones, each counted apart; the sum after them (`รวม ๑๑ โครงการ`) is the document's count.
                    continue
                } else if clause.includes("จำนวน") || clause.includes("มี") || clause.includes("รวม") || clause.includes("ทั้งสิ้น") || clause.includes("ทั้งหมด") || clause.isEmpty {
                    // `มิติที่ ๑ การสร้างวัฒนธรรมสุจริต จำนวน ๖ โครงการ`: a line that opens with a dimension counts
                    // that dimension's projects, however long its title; otherwise a dimension just before the count.
                    let scope = OutlineReader.dimension(in: TextTools.droppingMarker(lineStarts.opening(of: token.span.start.offset, in: bytes)))
                        ?? (clause.isEmpty ? nil : OutlineReader.dimension(in: TextTools.suffix(before, characters: 24)))
                    declared.append(DeclaredTotal(what: .projectCount, value: located(value), context: context,
                                                  dimension: scope.map { $0.starred ? "\($0.number)*" : "\($0.number)" }, unit: classifier))
                }
            case .money(let value, _):
                lastTally = nil
                lastFigureEnd = token.span.end.offset
                // `ใช้งบประมาณทั้งสิ้น ๕๓,๑๕๐ บาท จากงบประมาณ ๘๕,๐๐๐ บาท`: an amount used out of a budget named after it.
                let usedOutOfBudget = clause.includes("ใช้")
                    && FieldLabels.budgetAfterDisbursed.contains(where: Self.compactAfter(token, bytes: bytes, window: 60).startsWith)
                if usedOutOfBudget || FieldLabels.spent.contains(where: clause.includes) {
                    // `โครงการ… จัดอบรม… งบประมาณ ๔๘,๗๕๐ บาท เบิกจ่าย ๔๖,๒๑๕.๕๐ บาท`: one project's spending,
                    // not the document's, unless the sentence says it is a total.
                    if !FieldLabels.totalWords.contains(where: clause.includes), !clause.includes("ทั้งหมด") {
                        if aboutOneProject(token.span.start.offset) {
                            noteProjectSentence(at: token, tokens: tokens, bytes: bytes)
                            continue
                        }
                        // In the paragraph that names a project's entry (`๑.๔ ชื่อโครงการ : …` then `… ใช้งบประมาณ …
                        // เบิกจ่าย … บาท`): that project's spending, not the document's.
                        if entry != nil, let opened = entryPosition, position <= opened + 1 { continue }
                    }
                    declared.append(DeclaredTotal(what: .disbursedTotal, value: located(value), context: context))
                    lastMoney = (value, true)
                } else if lastMoney?.1 == true, FieldLabels.saysBudgetAfterDisbursed(clause) {
                    // `เบิกจ่าย … บาท จากงบประมาณ ๗๓,๐๐๐ บาท คิดเป็นร้อยละ …`: the percentage that follows is still
                    // of the disbursement.
                    declared.append(DeclaredTotal(what: .budgetTotal, value: located(value), context: context))
                } else if clause.includes("งบประมาณ"), FieldLabels.budgetTotalWords.contains(where: clause.includes)
                            // `รวมทั้งสิ้น จำนวน ๑๑ โครงการ งบประมาณ ๑๑๒,๐๐๐ บาท`: a line that opens with a total, in a
                            // document of one year (a plan over several states no year's budget so).
                            || fiscalYear != nil && FieldLabels.totalWords.contains(where:
                                TextTools.compact(TextTools.droppingMarker(lineStarts.opening(of: token.span.start.offset, in: bytes, limit: 120))).startsWith),
                          !aboutOneProject(token.span.start.offset) {
                    declared.append(DeclaredTotal(what: .budgetTotal, value: located(value), context: context))
                    // After a disbursement (`เบิกจ่าย … บาท จากงบประมาณที่ได้รับอนุมัติ … บาท คิดเป็นร้อยละ …`), the
                    // percentage that follows is still the disbursement's.
                    if lastMoney?.1 != true { lastMoney = (value, false) }
                }
            case .percent(let value, let comparator) where comparator == nil:
                if let status = lastTally {
                    if TextTools.compactBefore(bytes, offset: token.span.start.offset, window: 60).endsWith("คิดเป็น") {
                        declared.append(DeclaredTotal(what: .statusPercent, value: located(value), context: context, status: status))
                    }
                    lastTally = nil
                } else if let (_, isDisbursed) = lastMoney, isDisbursed, before.includes("คิดเป็น")
                            // `เบิกจ่าย ๑๔๕,๗๕๐ บาท (ร้อยละ ๘๘.๗๘)`: right after the amount, its share.
                            || FieldLabels.shareWords.contains(where: before.endsWith) {
                    declared.append(DeclaredTotal(what: .disbursedPercent, value: located(value), context: context))
                }
            default:
                continue
            }
            if declared.count > declaredBefore { declared[declared.count - 1].contextOffset = token.span.start.offset }
        }
    }

    /// The line holding `figure`, about one project: its name (up to its first figure) and its budget and
    /// disbursement, kept once per line.
    private mutating func noteProjectSentence(at figure: Token, tokens: [Token], bytes: [UInt8]) {
        if let last = projectSentences.last, last.line == figure.line { return }
        var start = figure.span.start.offset
        while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
        var end = figure.span.start.offset
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        let onLine = tokens.filter { $0.span.start.offset >= start && $0.span.start.offset < end }
        guard let firstFigure = onLine.first(where: { if case .money = $0.value { true } else { $0.kind == .malformedNumber } })
        else { return }
        let opening = String(decoding: bytes[start..<firstFigure.span.start.offset], as: UTF8.self)
        let name = TextTools.trimmed(TextTools.droppingMarker(opening))
        // Columns count code points: the name's column is the figure's, less the code points between them.
        let between = String(decoding: bytes[start..<figure.span.start.offset], as: UTF8.self)
        let nameStart = between.unicodeScalars.count - TextTools.droppingMarker(between).drop { $0 == " " }.unicodeScalars.count
        var mention = Mention(role: .narrative, line: figure.line, column: max(1, figure.column - between.unicodeScalars.count + nameStart),
                              name: name, rawName: opening, kind: ProjectKindWords.kind(of: name))
        for token in onLine {
            let before = TextTools.compactBefore(bytes, offset: token.span.start.offset)
            switch token.value {
            case .money(let amount, _):
                let located = Located(amount, raw: token.raw(in: bytes), line: token.line, column: token.column)
                if Self.saysDisbursed(before) {
                    if mention.disbursed == nil { mention.disbursed = located }
                } else if FieldLabels.compactLabels.contains(where: { $0.field == .budget && before.endsWith($0.label) }) {
                    if let fiscalYear { mention.budgets[fiscalYear] = mention.budgets[fiscalYear] ?? located.map { Optional($0) } }
                    else if mention.budgetForPeriod == nil { mention.budgetForPeriod = located }
                }
            case .malformed where token.kind == .malformedNumber:
                mention.unreadable.append(Located(Self.saysDisbursed(before) ? "disbursed" : "budget", raw: token.raw(in: bytes),
                                                  line: token.line, column: token.column))
            default: continue
            }
        }
        projectSentences.append(mention)
    }

    /// The text since the last figure, so `… 0 โครงการ ดำเนินการแล้วเสร็จ 30 โครงการ` reads the right status.
    static func lastClause(_ compact: String) -> String {
        // Compact text has ASCII digits only.
        let utf8 = compact.utf8
        guard let index = utf8.lastIndex(where: { (0x30...0x39).contains($0) || $0 == 0x2C }) else { return compact }
        return String(compact[utf8.index(after: index)...])
    }
}
