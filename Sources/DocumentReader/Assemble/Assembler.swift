import ThaiText

/// Turns any reader's draft into the document model: paragraphs with their lines joined and repaired,
/// headings and page furniture told apart, tables assembled from their page-split pieces.
struct Assembler {
    /// Every line of running text, in order; groups name ranges of it.
    private var lines: [DraftLine]
    private var parts: [Part]
    /// List markers, by `TextGroup.marker`.
    private let markers: [String]
    private var warnings: [ReadWarning]
    private var blocks = BlockSink()
    /// The dictionary's answers about word junctions, shared by every join in the document.
    private let joins = JoinCache()
    /// The tokens of table cells already scanned.
    private let tokens = TokenCache()

    static func assemble(_ draft: consuming Draft, format: DocumentFormat, encoding: TextEncoding) -> Document {
        // The draft's items are moved into the groups, not copied (see `GroupedText.init`).
        var items: [DraftItem] = []
        swap(&items, &draft.items)
        return assemble(GroupedText(moving: &items), warnings: draft.warnings, format: format, encoding: encoding)
    }

    /// Assembles text already grouped (the text reader groups its items as it reads them).
    static func assemble(_ grouped: consuming GroupedText, warnings: [ReadWarning], format: DocumentFormat,
                         encoding: TextEncoding) -> Document {
        let counts = grouped.counts
        var assembler = Assembler(lines: grouped.lines, parts: grouped.parts, markers: grouped.markers, warnings: warnings)
        // The groups' arrays now belong to the assembler alone, so its edits copy nothing.
        _ = consume grouped
        assembler.dropTablesWithoutCells()
        assembler.classifyText(counts: counts)
        // At most one block a part: the blocks are made in the array's own storage.
        let blocks = [Block](unsafeUninitializedCapacity: assembler.parts.count) { buffer, count in
            assembler.blocks = BlockSink(buffer)
            assembler.emitBlocks()
            count = assembler.blocks.count
        }
        return Document(format: format, encoding: encoding, blocks: blocks, warnings: assembler.warnings)
    }

    /// A table with no cell in any row (a markdown line that is one `|`, `<table><tr></tr></table>`, a
    /// file cut short after `<tr`) has no column to read: it is left out, with a warning at its place, and
    /// its place is a break between paragraphs, as a blank line is.
    private mutating func dropTablesWithoutCells() {
        for index in parts.indices {
            guard case .table(let table) = parts[index], table.rows.allSatisfy({ $0.cells.isEmpty }) else { continue }
            warnings.append(ReadWarning(line: table.source.line, column: table.source.column,
                                        message: "table with no cells left out"))
            parts[index] = .gap
        }
    }

    // MARK: Classify

    /// Page numbers, page-turn markers, running headers and headings among the one-line paragraphs
    /// (`GroupedText` has split paragraphs at page furniture and taken out their heading lines).
    private mutating func classifyText(counts: ByteTable<Int>) {
        for index in parts.indices {
            guard case .text(var group) = parts[index], group.kind == .paragraph, !group.settled, group.lines.count == 1
            else { continue }
            let first = lines[group.lines.lowerBound].text
            let headingLevel = BlockClassifier.headingLevel(first)
            if BlockClassifier.isPageNumber(first) {
                group.kind = .pageArtefact; group.artefact = .pageNumber
            } else if BlockClassifier.isPageBreak(first) {
                group.kind = .pageArtefact; group.artefact = .pageBreak
            } else if BlockClassifier.isPageTurn(first) {
                group.kind = .pageArtefact; group.artefact = .pageTurn
            } else if group.countEntry >= 0, headingLevel == nil,
                      Numbering.leadingNumber(first) == nil,
                      counts.value(at: Int(group.countEntry))
                          >= (group.pageLabelled ? PageFurniture.pageLabelledHeaderMinCount : PageFurniture.runningHeaderMinCount) {
                group.kind = .pageArtefact; group.artefact = .runningHeader
            } else if let level = headingLevel {
                group.kind = .heading; group.level = level
            } else {
                continue
            }
            parts[index] = .text(group)
        }
    }

    /// Takes each table's title line out of the text above it, so it is read once, as the title.
    private mutating func takeTitles() -> [Int: DraftLine] {
        var titles: [Int: DraftLine] = [:]
        for index in parts.indices {
            guard case .table(let table) = parts[index] else { continue }
            // A table whose first row is its title needs none from the text above.
            if let first = table.rows.first, table.rows.count > 1, TableBuilder.isTitleRow(first) { continue }
            var cursor = index - 1
            var gaps = 0
            while cursor >= 0, case .gap = parts[cursor] { cursor -= 1; gaps += 1 }
            guard cursor >= 0, gaps <= 1, case .text(var group) = parts[cursor],
                  group.kind == .paragraph || group.kind == .heading else { continue }
            let line = lines[group.lines.upperBound - 1]
            guard Self.isTitleShaped(line.text), gaps == 0 || group.lines.count == 1 else { continue }
            group.lines = group.lines.lowerBound..<(group.lines.upperBound - 1)
            parts[cursor] = group.lines.isEmpty ? .gap : .text(group)
            titles[index] = line
        }
        return titles
    }

    // MARK: Emit

    private mutating func emitBlocks() {
        let titles = takeTitles()
        var index = 0
        /// The open table and the index of its block, while later pieces may still join it.
        var table: TableBuilder?
        /// Page furniture seen since the open table's last piece; emitted after the table.
        var furniture: [TextGroup] = []
        let markers = self.markers
        func flushTable(_ blocks: inout BlockSink) {
            // Furniture is only held while a table is open.
            guard table != nil else { return }
            if let built = table?.build(joins: joins) {
                blocks.append(Block(kind: .table, source: built.source, text: built.title ?? "",
                                    rawText: built.title ?? "", table: built))
            }
            table = nil
            for group in furniture {
                Self.appendTextBlock(group, lines[group.lines], marker: Self.marker(of: group, in: markers), joins: joins,
                                     to: &blocks)
            }
            furniture = []
        }
        while index < parts.count {
            switch parts[index] {
            case .gap:
                index += 1
            case .table:
                // Taken out of the parts (nothing looks back at a table once it is read): its cells move.
                var part = Part.gap
                swap(&part, &parts[index])
                guard case .table(let draftTable) = consume part else { preconditionFailure() }
                let piece = TableBuilder(draftTable, title: titles[index], warnings: &warnings, tokens: tokens)
                if let count = table?.repeatedHeaderRows(in: piece) {
                    table!.append(piece, repeatedHeaderRows: count)
                } else {
                    flushTable(&blocks)
                    table = piece
                }
                index += 1
            case .text(let group):
                if table != nil, group.kind == .pageArtefact {
                    furniture.append(group)
                    index += 1
                    continue
                }
                flushTable(&blocks)
                index = emitText(at: index)
            }
        }
        flushTable(&blocks)
    }

    private func marker(of group: TextGroup) -> String? { Self.marker(of: group, in: markers) }

    private static func marker(of group: TextGroup, in markers: [String]) -> String? {
        group.marker >= 0 ? markers[Int(group.marker)] : nil
    }

    static func isTitleShaped(_ text: String) -> Bool {
        guard text.hasAtMostScalars(150), let last = text.lastByte, last != UInt8(ascii: ":") else { return false }
        return !text.utf8.reversed().starts(with: "ดังนี้".utf8.reversed())
    }

    /// Emits the text part at `index`, joining the paragraphs that a page break or blank line cut.
    private mutating func emitText(at index: Int) -> Int {
        guard case .text(let group) = parts[index] else { return index + 1 }
        var next = index + 1
        var repairs: [ParagraphRepair] = []
        var between: [TextGroup] = []
        /// The block's lines once a following paragraph is joined to it; until then, `group.lines`.
        var joined: [DraftLine]?
        /// The last line so far (its text is the same in `joined`).
        var last = group.lines.upperBound - 1
        if group.kind == .paragraph {
            while true {
                var cursor = next
                var skipped: [TextGroup] = []
                var sawBreak = false
                while cursor < parts.count {
                    if parts[cursor].isGap { sawBreak = true; cursor += 1; continue }
                    if parts[cursor].textKind == .pageArtefact, case .text(let furniture) = parts[cursor] {
                        skipped.append(furniture); sawBreak = true; cursor += 1; continue
                    }
                    break
                }
                // Between them only lines taken for running headers, no page number or break: those may be a
                // detail sheet's repeated field labels (`งบประมาณดำเนินการ`), and what follows one is that
                // field's text, not the rest of the paragraph above.
                let pageBetween = skipped.contains { $0.artefact != .runningHeader }
                guard sawBreak, skipped.isEmpty || pageBetween, cursor < parts.count, parts[cursor].textKind == .paragraph,
                      case .text(let following) = parts[cursor],
                      let join = SentenceJoin.decide(lines[last], lines[following.lines.lowerBound],
                                                     acrossPage: !skipped.isEmpty, joins: joins)
                else { break }
                repairs.append(ParagraphRepair(kind: join == .wordSplit ? .wordSplitAcrossLines : .sentenceAcrossBreak,
                                               line: lines[following.lines.lowerBound].source.line))
                var continued = Array(lines[following.lines])
                continued[0].joinMode = join == .wordSplit ? .noSpace : .space
                if joined == nil { joined = Array(lines[group.lines]) }
                joined! += continued
                last = following.lines.upperBound - 1
                between += skipped
                next = cursor + 1
            }
        }
        if let joined {
            Self.appendTextBlock(group, joined[...], marker: marker(of: group), extraRepairs: repairs, joins: joins,
                                 to: &blocks)
        } else if group.lines.count == 1 {
            appendOneLineBlock(group)
        } else {
            Self.appendTextBlock(group, lines[group.lines], marker: marker(of: group), joins: joins, to: &blocks)
        }
        for furniture in between {
            if furniture.lines.count == 1 { appendOneLineBlock(furniture); continue }
            Self.appendTextBlock(furniture, lines[furniture.lines], marker: marker(of: furniture), joins: joins, to: &blocks)
        }
        return next
    }

    /// Appends the block of a one-line group, its strings moved out of `lines` (a line is emitted once
    /// and read no more after that), so the lines hold no second reference to them.
    private mutating func appendOneLineBlock(_ group: TextGroup) {
        let index = group.lines.lowerBound
        let pieces = lines[index].pieces(startingTextLine: 0, convention: lines[index].source.column)
        var text = "", raw = ""
        swap(&text, &lines[index].text)
        swap(&raw, &lines[index].raw)
        var block = Block(kind: group.kind, source: lines[index].source, text: text, rawText: raw,
                          level: group.level, marker: marker(of: group), artefact: group.artefact)
        if !pieces.isEmpty { block.linePieces = pieces }
        blocks.append(block)
    }

    /// How many line breaks a text holds (most lines hold none: one memchr says so).
    static func lineBreaks(in text: String) -> Int {
        var text = text
        return text.withUTF8 { ByteSearch.offsets(of: [0x0A], in: $0).count }
    }

    /// Appends the block of a group whose lines (joined paragraphs included) are `lines`.
    static func appendTextBlock(_ group: TextGroup, _ lines: ArraySlice<DraftLine>, marker: String?,
                                extraRepairs: [ParagraphRepair] = [], joins: JoinCache?, to blocks: inout BlockSink) {
        var repairs: [ParagraphRepair] = []
        let text: String
        let raw: String
        var lineSources: [Int]?
        var rawLineStarts: [Int]?
        var linePieces: [LinePiece]?
        let first = lines.startIndex
        if lines.count == 1 {
            // Most blocks are one line: its strings are the block's.
            text = lines[first].text
            raw = lines[first].raw
            let pieces = lines[first].pieces(startingTextLine: 0, convention: lines[first].source.column)
            if !pieces.isEmpty { linePieces = pieces }
        } else {
            var joined = lines[first].text
            joined.reserveCapacity(lines.reduce(0) { $0 + $1.text.utf8.count + 1 })
            // Where each line of the joined text stands in the source (a line's own breaks, from `<br>`, stay
            // on its lines).
            var sources: [Int] = []
            // Which lines start a line of the joined text (the others were joined into the line above).
            var startsTextLine = [true]
            // Whether some line holds breaks of its own (`<br>`): then its pieces are not kept (see below).
            var linesHoldBreaks = false
            func noteLines(of line: DraftLine) {
                let breaks = lineBreaks(in: line.text)
                if breaks > 0 { linesHoldBreaks = true }
                for extra in 0...breaks { sources.append(min(line.source.line + extra, line.source.endLine)) }
            }
            noteLines(of: lines[first])
            // Where a line joined with no break starts in its text line, so its places stay on its own source
            // line: the column is counted on from the last such join (or the text line's start).
            // Lines that start past their text line's counted column (an indent, a marker) start pieces too.
            var textLinePieces: [LinePiece] = []
            textLinePieces += lines[first].pieces(startingTextLine: 0, convention: lines[first].source.column)
            var counted = (offset: 0, column: lines[first].source.column)
            func joinWithoutBreak(_ line: DraftLine) {
                let offset = joined.utf8.count
                let column = counted.column + joined.withBytes { UTF8Text.scalarCount(Bytes(rebasing: $0[counted.offset..<offset]), upTo: .max) }
                textLinePieces.append(LinePiece(textLine: sources.count - 1, textColumn: column,
                                                line: line.source.line, column: line.textColumn ?? line.source.column))
                line.appendShifts(onTextLine: sources.count - 1, from: column, to: &textLinePieces)
                counted = (offset, column)
                joined += line.text
                startsTextLine.append(false)
            }
            func breakLine(_ line: DraftLine) {
                startsTextLine.append(true)
                textLinePieces += line.pieces(startingTextLine: sources.count, convention: 1)
                joined += "\n"
                counted = (joined.utf8.count, 1)
                joined += line.text
                noteLines(of: line)
            }
            for line in lines.dropFirst() {
                switch line.joinMode {
                case .noSpace:
                    joinWithoutBreak(line)
                case .space:
                    breakLine(line)
                    continue
                case .lineBreak:
                    if ThaiJoin.isInsideWord(Substring(joined), Substring(line.text), cache: joins) {
                        joinWithoutBreak(line)
                        repairs.append(ParagraphRepair(kind: .wordSplitAcrossLines, line: line.source.line))
                    } else {
                        breakLine(line)
                        continue
                    }
                }
                // Joined into the line above: its own breaks, if any, still start lines.
                let breaks = lineBreaks(in: line.text)
                if breaks > 0 { linesHoldBreaks = true }
                for extra in 0..<breaks { sources.append(min(line.source.line + extra + 1, line.source.endLine)) }
            }
            text = joined
            let start = lines[first].source.line
            let end = lines[lines.endIndex - 1].source.endLine
            if sources.enumerated().contains(where: { $0.element != min(start + $0.offset, end) }) { lineSources = sources }
            var rawJoined = ""
            rawJoined.reserveCapacity(lines.reduce(0) { $0 + $1.raw.utf8.count + 1 })
            var rawStarts: [Int] = []
            for (position, line) in lines.enumerated() {
                if position > 0 { rawJoined += "\n" }
                if startsTextLine[position] { rawStarts.append(rawJoined.utf8.count) }
                rawJoined += line.raw
            }
            raw = rawJoined
            // Kept for markup, where a figure is placed by finding it in its line's raw text (MarkupPlaces),
            // and only while each text line is one source line's raw (no `<br>` breaks inside a line).
            if lines[first].raw.utf8.first == UInt8(ascii: "<") {
                if rawStarts.count == sources.count { rawLineStarts = rawStarts }
            } else if !textLinePieces.isEmpty, !linesHoldBreaks {
                // Text lines only: markup places its figures by finding them in the raw lines (MarkupPlaces).
                linePieces = textLinePieces
            }
        }
        if !extraRepairs.isEmpty { repairs = (repairs + extraRepairs).sorted { $0.line < $1.line } }
        let source = SourceLines(line: lines[first].source.line, column: lines[first].source.column,
                                 endLine: lines[lines.endIndex - 1].source.endLine)
        var block = Block(kind: group.kind, source: source, text: text, rawText: raw, level: group.level,
                          marker: marker, artefact: group.artefact, repairs: repairs)
        block.lineSources = lineSources
        block.rawLineStarts = rawLineStarts
        block.linePieces = linePieces
        blocks.append(block)
    }
}

extension DraftLine {
    /// The pieces of this line when it starts text line `textLine`: where its text starts in the source when that
    /// is not the column its text line is counted from (`convention`: the block's column on its first line, 1
    /// on the others), and where it moves further on.
    @inline(__always)
    func pieces(startingTextLine textLine: Int, convention: Int) -> [LinePiece] {
        // Most lines start where their text line is counted from and move nowhere (checked inline: the line
        // is not copied for them).
        guard (textColumn ?? source.column) != convention || shiftsWithin != nil else { return [] }
        return movedPieces(startingTextLine: textLine, convention: convention)
    }

    private func movedPieces(startingTextLine textLine: Int, convention: Int) -> [LinePiece] {
        // Markup places its figures by finding them in its raw lines (MarkupPlaces).
        guard raw.firstByte != UInt8(ascii: "<") else { return [] }
        let column = textColumn ?? source.column
        var pieces: [LinePiece] = []
        if column != convention { pieces.append(LinePiece(textLine: textLine, textColumn: convention, line: source.line, column: column)) }
        appendShifts(onTextLine: textLine, from: convention, to: &pieces)
        return pieces
    }

    /// A piece for each place where the line's text moves against its source (markup or spaces taken out),
    /// its text starting at column `textColumn` of text line `textLine`.
    func appendShifts(onTextLine textLine: Int, from textColumn: Int, to pieces: inout [LinePiece]) {
        for shift in shiftsWithin ?? [] {
            pieces.append(LinePiece(textLine: textLine, textColumn: textColumn + shift.textOffset, line: source.line, column: shift.column))
        }
    }
}
