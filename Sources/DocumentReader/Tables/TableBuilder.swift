import ThaiText

/// Builds one table from its page-split pieces: the first piece gives the header; each later piece
/// must repeat it (or have none) and its repeated title and header rows are recorded, not read as data.
struct TableBuilder {
    let title: DraftLine?
    let declaredHeaderRows: Int?
    private(set) var headerRows: [[TableCell]] = []
    private(set) var headerSources: [SourceLines] = []
    private(set) var signature: String
    private(set) var body: [[TableCell]] = []
    private(set) var bodySources: [SourceLines] = []
    private(set) var pieces: [TablePiece] = []
    private(set) var width: Int
    private(set) var source: SourceLines

    init(_ table: DraftTable, title: DraftLine?, warnings: inout [ReadWarning]) {
        var grid = Grid(table, warnings: &warnings)
        grid.dropEmptyTrailingColumns()
        Self.scanTokens(&grid)
        let headerCount = HeaderReader.headerRowCount(grid, declared: table.declaredHeaderRows)
        self.title = title
        self.declaredHeaderRows = table.declaredHeaderRows
        self.headerRows = Array(grid.rows.prefix(headerCount))
        self.headerSources = Array(grid.rowSources.prefix(headerCount))
        self.signature = HeaderReader.signature(grid.rows.prefix(headerCount))
        self.body = Array(grid.rows.dropFirst(headerCount))
        self.bodySources = Array(grid.rowSources.dropFirst(headerCount))
        self.width = grid.width
        let start = title?.source.line ?? table.source.line
        self.source = SourceLines(line: start, column: title?.source.column ?? table.source.column, endLine: table.source.endLine)
        self.pieces = [TablePiece(source: source)]
    }

    /// True when `next` continues this table on a new page.
    func isContinued(by next: TableBuilder) -> Bool {
        if let nextTitle = next.title {
            guard let title, Self.compact(title.text) == Self.compact(nextTitle.text) else { return false }
        }
        if !next.headerRows.isEmpty { return !headerRows.isEmpty && next.signature == signature }
        return next.title == nil && next.width == width && !headerRows.isEmpty
    }

    /// Takes in the next page's piece, recording its repeated title and header rows.
    mutating func append(_ next: TableBuilder) {
        var repeatedLines: [Int] = []
        var repeatedText: [String] = []
        if let title = next.title { repeatedLines.append(title.source.line); repeatedText.append(title.raw) }
        for (row, source) in zip(next.headerRows, next.headerSources) {
            repeatedLines.append(source.line)
            repeatedText.append(row.map(\.rawText).joined(separator: "\t"))
        }
        pieces.append(TablePiece(source: next.source, repeatedLines: repeatedLines, repeatedText: repeatedText))
        let newWidth = max(width, next.width)
        body = (body + next.body).map { Self.pad($0, to: newWidth) }
        headerRows = headerRows.map { Self.pad($0, to: newWidth) }
        bodySources += next.bodySources
        width = newWidth
        source = source.union(next.source)
    }

    func build() -> Table {
        var header = headerRows
        let labels = HeaderReader.labels(headerRows: &header, width: width)
        let headerTableRows = zip(header, headerSources).map { cells, source in
            TableRow(kind: .header, source: source, cells: cells.map(Self.labelled))
        }
        var rows = RowReader(rows: body, sources: bodySources, width: width).read()
        for index in rows.indices {
            for column in rows[index].cells.indices {
                let repaired = ThaiJoin.removeWrapSpaces(rows[index].cells[column].text)
                if repaired.removed > 0 { rows[index].cells[column].text = repaired.text }
            }
            for item in rows[index].items.indices {
                rows[index].items[item].text = ThaiJoin.removeWrapSpaces(rows[index].items[item].text).text
            }
        }
        return Table(title: title?.text, header: labels, headerRows: headerTableRows, rows: rows,
                     pieces: pieces, source: source)
    }

    private static func labelled(_ cell: TableCell) -> TableCell {
        var cell = cell
        cell.text = HeaderReader.compactLabel(cell.text)
        return cell
    }

    private static func pad(_ row: [TableCell], to width: Int) -> [TableCell] {
        guard row.count < width, let last = row.last else { return row }
        return row + (row.count..<width).map { _ in TableCell(text: "", rawText: "", source: last.source) }
    }

    static func compact(_ text: String) -> String { text.filter { !$0.isWhitespace } }

    /// Lexical tokens of every cell, placed at the cell's line and column.
    private static func scanTokens(_ grid: inout Grid) {
        for row in grid.rows.indices {
            for column in grid.rows[row].indices where !grid.rows[row][column].isEmpty {
                let cell = grid.rows[row][column]
                let origin = SourcePosition(line: cell.source.line, column: cell.source.column, offset: 0)
                grid.rows[row][column].tokens = LexicalScanner.scan(cell.text, options: ScanOptions(origin: origin))
            }
        }
    }
}
