import ThaiText

/// A draft table laid out on a grid: every row as wide as the widest, a spanning cell followed by
/// the positions it covers (`coveredBy`), rowspans carried down. Text exports have no spans; their
/// flattened spans (a label followed by empty cells) are recognised later, in the header.
struct Grid {
    var rows: [[TableCell]]
    var rowSources: [SourceLines]
    var width: Int

    /// The draft's cells are moved into the grid (their strings change hands without a retain and a
    /// release each).
    init(_ table: consuming DraftTable, warnings: inout [ReadWarning]) {
        var rows: [[TableCell]] = []
        var sources: [SourceLines] = []
        rows.reserveCapacity(table.rows.count)
        sources.reserveCapacity(table.rows.count)
        /// Rowspans still open: column → (cell column it belongs to, rows left, its source).
        var pending: [Int: (owner: Int, left: Int, source: SourceLines)] = [:]
        var draftRows: [DraftRow] = []
        swap(&draftRows, &table.rows)
        for rowIndex in draftRows.indices {
            var draftRow = DraftRow(cells: [], source: draftRows[rowIndex].source)
            swap(&draftRow, &draftRows[rowIndex])
            var row: [TableCell] = []
            row.reserveCapacity(draftRow.cells.count)
            var column = 0
            func fillPending() {
                while !pending.isEmpty, let open = pending[column] {
                    row.append(TableCell(text: "", rawText: "", source: open.source, coveredBy: open.owner))
                    pending[column] = open.left > 1 ? (open.owner, open.left - 1, open.source) : nil
                    column += 1
                }
            }
            for cellIndex in draftRow.cells.indices {
                fillPending()
                var text = "", raw = ""
                swap(&text, &draftRow.cells[cellIndex].text)
                swap(&raw, &draftRow.cells[cellIndex].raw)
                let draftCell = draftRow.cells[cellIndex]
                let span = max(1, draftCell.columnSpan)
                let owner = column
                row.append(TableCell(text: text, rawText: raw, source: draftCell.source,
                                     columnSpan: span, rowSpan: max(1, draftCell.rowSpan),
                                     tick: draftCell.tick ?? TickForms.wholeCellMark(text)))
                if draftCell.rowSpan > 1 { pending[column] = (owner, draftCell.rowSpan - 1, draftCell.source) }
                column += 1
                for _ in 1..<span {
                    row.append(TableCell(text: "", rawText: "", source: draftCell.source, coveredBy: owner))
                    if draftCell.rowSpan > 1 { pending[column] = (owner, draftCell.rowSpan - 1, draftCell.source) }
                    column += 1
                }
            }
            fillPending()
            rows.append(row)
            sources.append(draftRow.source)
        }
        // Rowspans that run past the last row are cut there.
        let width = rows.map { $0.count }.max() ?? 0
        for index in rows.indices where rows[index].count < width {
            let source = sources[index]
            let padding = (rows[index].count..<width).map { _ in
                TableCell(text: "", rawText: "", source: SourceLines(line: source.line, column: 1))
            }
            rows[index] += padding
        }
        self.rows = rows
        self.rowSources = sources
        self.width = width
        warnRaggedRows(&warnings)
    }

    /// Rows with filled cells past the first row's last filled cell: data with no column to go in.
    private func warnRaggedRows(_ warnings: inout [ReadWarning]) {
        // A title exported as a row of its own is not the row that sets the columns.
        let first = rows.count > 1 && TableBuilder.isTitleRow(rows[0]) ? 1 : 0
        guard rows.count > first + 1,
              let lastLabelled = rows[first].lastIndex(where: { !$0.isEmpty || $0.coveredBy != nil }) else { return }
        for (row, source) in zip(rows.dropFirst(first + 1), rowSources.dropFirst(first + 1)) {
            guard let lastFilled = row.lastIndex(where: { !$0.isEmpty }), lastFilled > lastLabelled else { continue }
            warnings.append(ReadWarning(line: source.line, column: row[lastFilled].source.column,
                                        message: "row has a cell in column \(lastFilled + 1), past the \(lastLabelled + 1) columns of the table's first row"))
        }
    }

    /// Drops trailing columns that are empty in every row (text exports end rows with a tab).
    mutating func dropEmptyTrailingColumns() {
        while width > 1, rows.allSatisfy({ $0[width - 1].isEmpty && $0[width - 1].coveredBy == nil && $0[width - 1].tick == nil }) {
            width -= 1
            for index in rows.indices { rows[index].removeLast() }
        }
    }
}
