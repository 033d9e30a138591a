import ThaiText

/// Turns any reader's draft into the document model: paragraphs with their lines joined and repaired,
/// headings and page furniture told apart, tables assembled from their page-split pieces.
struct Assembler {
    private var parts: [Part]
    private var warnings: [ReadWarning]
    private var blocks: [Block] = []

    static func assemble(_ draft: Draft, format: DocumentFormat, encoding: TextEncoding) -> Document {
        var assembler = Assembler(parts: Part.group(draft.items), warnings: draft.warnings)
        assembler.splitOutPageFurniture()
        assembler.classifyText()
        assembler.emitBlocks()
        return Document(format: format, encoding: encoding, blocks: assembler.blocks, warnings: assembler.warnings)
    }

    // MARK: Classify

    /// A page number or page-turn marker among a paragraph's lines (an HTML export puts every line in
    /// a `<p>` of its own) stands alone, so it is classified and the text around it can be joined.
    private mutating func splitOutPageFurniture() {
        var result: [Part] = []
        for part in parts {
            guard case .text(let group) = part, group.kind == .paragraph, group.lines.count > 1,
                  group.lines.contains(where: { BlockClassifier.isPageNumber($0.text) || BlockClassifier.isPageTurn($0.text) })
            else { result.append(part); continue }
            var current: [DraftLine] = []
            for line in group.lines {
                if BlockClassifier.isPageNumber(line.text) || BlockClassifier.isPageTurn(line.text) {
                    if !current.isEmpty { result.append(.text(TextGroup(kind: .paragraph, lines: current))) }
                    result.append(.gap)
                    result.append(.text(TextGroup(kind: .paragraph, lines: [line])))
                    result.append(.gap)
                    current = []
                } else {
                    current.append(line)
                }
            }
            if !current.isEmpty { result.append(.text(TextGroup(kind: .paragraph, lines: current))) }
        }
        parts = result
    }

    /// Page numbers, page-turn markers, running headers and headings among the paragraphs.
    private mutating func classifyText() {
        var counts: [String: Int] = [:]
        for case .text(let group) in parts where group.kind == .paragraph && group.lines.count == 1
            && group.lines[0].text.scalarCount(upTo: PageFurniture.runningHeaderMaxLength) <= PageFurniture.runningHeaderMaxLength {
            counts[TableBuilder.compact(group.lines[0].text), default: 0] += 1
        }
        var index = 0
        while index < parts.count {
            defer { index += 1 }
            guard case .text(var group) = parts[index], group.kind == .paragraph else { continue }
            let first = group.lines[0].text
            if group.lines.count == 1 {
                if BlockClassifier.isPageNumber(first) {
                    group.kind = .pageArtefact; group.artefact = .pageNumber
                } else if BlockClassifier.isPageBreak(first) {
                    group.kind = .pageArtefact; group.artefact = .pageBreak
                } else if BlockClassifier.isPageTurn(first) {
                    group.kind = .pageArtefact; group.artefact = .pageTurn
                } else if first.scalarCount(upTo: PageFurniture.runningHeaderMaxLength) <= PageFurniture.runningHeaderMaxLength,
                          BlockClassifier.headingLevel(first) == nil,
                          Numbering.leadingNumber(first) == nil,
                          counts[TableBuilder.compact(first), default: 0] >= PageFurniture.runningHeaderMinCount {
                    group.kind = .pageArtefact; group.artefact = .runningHeader
                } else if let level = BlockClassifier.headingLevel(first) {
                    group.kind = .heading; group.level = level
                }
                parts[index] = .text(group)
            } else if let level = BlockClassifier.headingLevel(first) {
                // A heading line directly above its paragraph's lines becomes a block of its own.
                let heading = TextGroup(kind: .heading, lines: [group.lines[0]], level: level)
                group.lines.removeFirst()
                parts[index] = .text(group)
                parts.insert(.text(heading), at: index)
                index += 1
            }
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
            let line = group.lines[group.lines.count - 1]
            guard Self.isTitleShaped(line.text), gaps == 0 || group.lines.count == 1 else { continue }
            group.lines.removeLast()
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
        func flushTable(_ blocks: inout [Block]) {
            if let built = table?.build() {
                blocks.append(Block(kind: .table, source: built.source, text: built.title ?? "",
                                    rawText: built.title ?? "", table: built))
            }
            table = nil
            for group in furniture { blocks.append(Self.textBlock(group)) }
            furniture = []
        }
        while index < parts.count {
            switch parts[index] {
            case .gap:
                index += 1
            case .table(let draftTable):
                let piece = TableBuilder(draftTable, title: titles[index], warnings: &warnings)
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

    static func isTitleShaped(_ text: String) -> Bool {
        guard text.scalarCount(upTo: 150) <= 150, let last = text.utf8.last, last != UInt8(ascii: ":") else { return false }
        return !text.utf8.reversed().starts(with: "ดังนี้".utf8.reversed())
    }

    /// Emits the text part at `index`, joining the paragraphs that a page break or blank line cut.
    private mutating func emitText(at index: Int) -> Int {
        guard case .text(var group) = parts[index] else { return index + 1 }
        var next = index + 1
        var repairs: [ParagraphRepair] = []
        var between: [TextGroup] = []
        if group.kind == .paragraph {
            while true {
                var cursor = next
                var skipped: [TextGroup] = []
                var sawBreak = false
                while cursor < parts.count {
                    if case .gap = parts[cursor] { sawBreak = true; cursor += 1; continue }
                    if case .text(let furniture) = parts[cursor], furniture.kind == .pageArtefact {
                        skipped.append(furniture); sawBreak = true; cursor += 1; continue
                    }
                    break
                }
                guard sawBreak, cursor < parts.count, case .text(let following) = parts[cursor],
                      following.kind == .paragraph,
                      let join = SentenceJoin.decide(group.lines.last!, following.lines[0], acrossPage: !skipped.isEmpty)
                else { break }
                repairs.append(ParagraphRepair(kind: join == .wordSplit ? .wordSplitAcrossLines : .sentenceAcrossBreak,
                                               line: following.lines[0].source.line))
                var continued = following.lines
                continued[0].joinMode = join == .wordSplit ? .noSpace : .space
                group.lines += continued
                between += skipped
                next = cursor + 1
            }
        }
        blocks.append(Self.textBlock(group, extraRepairs: repairs))
        for furniture in between { blocks.append(Self.textBlock(furniture)) }
        return next
    }

    static func textBlock(_ group: TextGroup, extraRepairs: [ParagraphRepair] = []) -> Block {
        var text = ""
        var repairs: [ParagraphRepair] = []
        for (position, line) in group.lines.enumerated() {
            if position == 0 { text = line.text; continue }
            switch line.joinMode {
            case .noSpace:
                text += line.text
            case .space:
                text += " " + line.text
            case .lineBreak:
                if ThaiJoin.isInsideWord(Substring(text), Substring(line.text)) {
                    text += line.text
                    repairs.append(ParagraphRepair(kind: .wordSplitAcrossLines, line: line.source.line))
                } else {
                    text += "\n" + line.text
                }
            }
        }
        let raw = group.lines.map(\.raw).joined(separator: "\n")
        return Block(kind: group.kind, source: group.source, text: text, rawText: raw, level: group.level,
                     marker: group.marker, artefact: group.artefact,
                     repairs: (repairs + extraRepairs).sorted { $0.line < $1.line })
    }
}
