import ThaiText

/// Turns a table's body rows into rows as the author meant them: total rows marked, continuation
/// rows joined to the row they continue, merged enumerated items split, spilled values aligned.
struct RowReader {
    var rows: [[TableCell]]
    var sources: [SourceLines]
    let width: Int
    var joins: JoinCache? = nil

    /// The column that numbers the rows (`ลำดับ`, `๑. มาตรการ…`, `๑๒) โครงการ…`): of the columns where at least
    /// half the rows start with numbering, the one with the most different numbers, then the most numbered rows,
    /// then the leftmost. A dimension column numbered on its groups' first rows (`1. การสร้างสังคม…` then empty
    /// cells) numbers groups, not rows; a steps column whose every cell opens a list (`1. …`) numbers no rows.
    /// A row with this cell empty adds nothing new.
    /// Nil when no column numbers the rows (a table of tools, of grade bands). A column whose cells span rows
    /// (`rowspan`: a dimension or mission over its projects) groups rows; it numbers groups, not rows.
    func keyColumn() -> Int? {
        keyColumn(totals: rows.map(isTotal))
    }

    /// `keyColumn()`, with each row's `isTotal` already known.
    private func keyColumn(totals: [Bool]) -> Int? {
        let candidates = rows.indices.filter { !totals[$0] }
        guard !candidates.isEmpty else { return nil }
        var best: (column: Int, distinct: Int, numbered: Int)?
        for column in 0..<width where !candidates.contains(where: { rows[$0][column].coveredBy == column }) {
            let numbers = candidates.compactMap { Numbering.leadingNumber(rows[$0][column].text) }
            guard !numbers.isEmpty, numbers.count * 2 >= candidates.count else { continue }
            let distinct = Set(numbers).count
            if best.map({ (distinct, numbers.count) > ($0.distinct, $0.numbered) }) ?? true {
                best = (column, distinct, numbers.count)
            }
        }
        return best?.column
    }

    /// The first scalar of every carried label (ย), as `BlockClassifier.firstScalarCode` gives it.
    private static let carriedFirstScalar: UInt32? = Array("ย".utf8).withUnsafeBufferPointer { BlockClassifier.firstScalarCode($0) }

    /// `ยอดยกไป` / `ยอดยกมา` in one of the row's first cells.
    static func isCarried(_ row: [TableCell]) -> Bool {
        row.prefix(3).contains { cell in
            // Every label opens with ย: most cells are turned away by their first letter, with no copy made.
            !cell.isEmpty && cell.text.withBytes(BlockClassifier.firstScalarCode) == Self.carriedFirstScalar
                && TableWords.carriedLabels.contains(where: BlockClassifier.compactPrefix(cell.text).hasPrefix)
        }
    }

    func isTotal(_ row: [TableCell]) -> Bool {
        for cell in row.prefix(3) where !cell.isEmpty {
            if Self.startsWithTotalLabel(cell.text) { return true }
        }
        return false
    }

    private static let totalLabelBytes = TableWords.totalLabels.map { Array($0.utf8) }
    private static let totalLabelStarts: [UInt32] = Array(Set(totalLabelBytes.compactMap { label in
        label.withUnsafeBufferPointer { BlockClassifier.firstScalarCode($0) }
    }))

    /// The cell's compact prefix, lowercased, starts with a total label. Lowercasing touches ASCII
    /// only when the prefix is ASCII and Thai, the case the bytes answer; others ask String.
    static func startsWithTotalLabel(_ text: String) -> Bool {
        let answer: Bool? = text.withBytes { bytes in
            // A label's first scalar must open the text (after spaces, ASCII lowercased; nothing
            // else lowercases to one of them).
            guard var first = BlockClassifier.firstScalarCode(bytes) else { return false }
            if first >= 0x41 && first <= 0x5A { first |= 0x20 }
            guard totalLabelStarts.contains(first) else { return false }
            return BlockClassifier.withCompactPrefix(bytes) { compact in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: compact.count) { lower in
                    var index = 0
                    while index < compact.count {
                        let byte = compact[index]
                        if byte < 0x80 {
                            lower[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                            index += 1
                            continue
                        }
                        guard byte == 0xE0, index + 2 < compact.count, compact[index + 1] & 0xFE == 0xB8 else { return nil }
                        lower[index] = byte; lower[index + 1] = compact[index + 1]; lower[index + 2] = compact[index + 2]
                        index += 3
                    }
                    let lowered = Bytes(lower)
                    for label in totalLabelBytes {
                        guard let starts = label.withUnsafeBufferPointer({ UTF8Text.hasPrefix(lowered, $0) }) else { return nil }
                        if starts { return true }
                    }
                    return false
                }
            }
        }
        if let answer { return answer }
        let compact = BlockClassifier.compactPrefix(text).lowercased()
        return TableWords.totalLabels.contains(where: { compact.hasPrefix($0) })
    }

    func read() -> [TableRow] {
        // A table with no column has no key cell to read rows by (the assembler leaves such tables out).
        guard width > 0 else { return zip(rows, sources).map { TableRow(kind: .body, source: $1, cells: $0) } }
        let totals = rows.map(isTotal)
        let numberingColumn = keyColumn(totals: totals)
        let key = numberingColumn ?? 0
        var result: [TableRow] = []
        result.reserveCapacity(rows.count)
        /// The last body row, where continuations and spilled values go.
        var lastBody: Int?
        for (index, cells) in rows.enumerated() {
            let source = sources[index]
            // A running sum carried over a page break neither continues the row above nor closes a group.
            if Self.isCarried(cells) {
                result.append(TableRow(kind: .carried, source: source, cells: cells))
                continue
            }
            if totals[index] {
                result.append(TableRow(kind: .total, source: source, cells: cells))
                lastBody = nil
                continue
            }
            let keyCell = cells[key]
            // A row that opens a section (`มิติที่ ๒ … | ๒ โครงการ | 12,000.00`) heads the rows below: no continuation.
            let opensSection = cells.first(where: { !$0.isEmpty }).map { BlockClassifier.startsWithSectionWord($0.text) } ?? false
            if keyCell.isEmpty, keyCell.coveredBy == nil, !opensSection, let previous = lastBody {
                if isSpill(cells, after: result[previous], key: key) {
                    result.append(TableRow(kind: .spill, source: source, cells: cells))
                    continue
                }
                join(cells, source: source, key: key, into: &result[previous])
                continue
            }
            let split = EnumeratedItems.split(keyCell.text)
            // Words with no numbering where every row is numbered, and nothing to their left: the
            // overflow of the row above (a name cut by a page break), not a row of its own.
            // A key cell a span above covers is its own row under that span, not an overflow.
            // To its left only empty cells or, where the key cell is words alone, the rest of the text above them
            // (`๑.๑ การเสริมสร้างจิตสำนึก…` wrapped onto `แก่บุคลากร…`: unnumbered, under a cell of the row above
            // that has text).
            if numberingColumn != nil, split.items.isEmpty, keyCell.coveredBy == nil, Numbering.leadingNumber(keyCell.text) == nil,
               !opensSection, let previous = lastBody, cells[..<key].indices.allSatisfy({ column in
                   let cell = cells[column]
                   guard cell.coveredBy == nil else { return false }
                   return cell.isEmpty || !DigitConversion.containsDigit(keyCell.text) && Numbering.leadingNumber(cell.text) == nil
                       && !result[previous].cells[column].isEmpty
               }) {
                join(cells, source: source, key: key, into: &result[previous])
                continue
            }
            var row = TableRow(kind: .body, source: source, cells: cells)
            if !split.items.isEmpty {
                if !split.prefix.isEmpty, let previous = lastBody {
                    // The row starts with the end of the previous row's item, cut by a page break.
                    var carried = cells.map { TableCell(text: "", rawText: "", source: $0.source) }
                    carried[key] = keyCell
                    carried[key].text = split.prefix
                    join(carried, source: source, key: key, into: &result[previous])
                    row.cells[key].text = split.items.map { "\($0.marker) \($0.text)" }.joined(separator: " ")
                }
                row.items = split.items.map {
                    TableItem(marker: $0.marker, number: $0.number, text: $0.text, line: source.line, values: [:], aligned: true)
                }
            }
            result.append(row)
            lastBody = result.count - 1
        }
        alignItems(&result, key: key)
        return result
    }

    /// Value-only rows right after a row of several merged items hold those items' values.
    private func isSpill(_ cells: [TableCell], after row: TableRow, key: Int) -> Bool {
        guard row.items.count > 1 else { return false }
        var hasFigure = false
        var lastFigureColumn = -1
        for (column, cell) in cells.enumerated() where !cell.isEmpty && cell.coveredBy == nil {
            if Numbering.figures(cell.text) != nil { hasFigure = true; lastFigureColumn = column; continue }
            // Words are allowed only after the figures (a responsible unit, a remark).
            if column < lastFigureColumn || lastFigureColumn < 0 { return false }
        }
        return hasFigure
    }

    /// Appends a continuation row's cells to the row it continues.
    private func join(_ cells: [TableCell], source: SourceLines, key: Int, into row: inout TableRow) {
        for (column, cell) in cells.enumerated() where column < row.cells.count && !cell.isEmpty {
            var target = row.cells[column]
            if target.isEmpty {
                target.text = cell.text
                target.rawText = cell.rawText
            } else {
                let startsList = Numbering.leadingNumber(cell.text) != nil || cell.text.hasPrefix("-")
                target.text = startsList ? target.text + "\n" + cell.text : ThaiJoin.joinLines(target.text, cell.text, cache: joins).text
                target.rawText += "\n" + cell.rawText
            }
            target.source = target.source.union(cell.source)
            target.tick = target.tick ?? cell.tick
            target.tokens += cell.tokens
            row.cells[column] = target
        }
        if !row.items.isEmpty, !cells[key].isEmpty,
           EnumeratedItems.split(cells[key].text).items.isEmpty {
            row.items[row.items.count - 1].text = ThaiJoin.joinLines(row.items[row.items.count - 1].text, cells[key].text, cache: joins).text
        }
        row.joinedLines.append(source.line)
        row.source = row.source.union(source)
    }

    /// Gives each merged item its own values where that is certain: the row's figures split by spaces
    /// one per item, or one set in the row and one on each spilled row below.
    private func alignItems(_ rows: inout [TableRow], key: Int) {
        for index in rows.indices where rows[index].kind == .body && !rows[index].items.isEmpty {
            let row = rows[index]
            let spills = rows[(index + 1)...].prefix { $0.kind == .spill }
            let count = row.items.count
            var values = Array(repeating: [Int: String](), count: count)
            var aligned = true
            for column in 0..<row.cells.count where column != key {
                guard let own = Numbering.figures(row.cells[column].text) else { continue }
                if own.count == count {
                    for item in 0..<count { values[item][column] = own[item] }
                } else if own.count == 1, spills.count == count - 1,
                          spills.allSatisfy({ Numbering.figures($0.cells[column].text)?.count == 1 }) {
                    values[0][column] = own[0]
                    for (offset, spill) in spills.enumerated() {
                        values[offset + 1][column] = Numbering.figures(spill.cells[column].text)![0]
                    }
                } else if count > 1 {
                    aligned = false
                }
            }
            for item in 0..<count {
                rows[index].items[item].aligned = aligned
                rows[index].items[item].values = aligned ? values[item] : [:]
            }
        }
    }
}
