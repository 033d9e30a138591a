/// Collects one `<table>`'s rows and cells as the walk meets them.
struct HTMLTableBuilder {
    private(set) var rows: [DraftRow] = []
    /// Per finished row: it sits in `<thead>` or holds only `<th>` cells.
    private var headerRows: [Bool] = []
    let point: HTMLSourcePoint

    private var row: OpenRow?

    private struct OpenRow {
        var cells: [DraftCell] = []
        var point: HTMLSourcePoint
        var inHead: Bool
        var onlyHeaderCells = true
        /// Cells met outside any `<tr>` (libxml2 keeps `<table><td>` as is) make a row of their own.
        var implicit: Bool
    }

    init(point: HTMLSourcePoint) {
        self.point = point
    }

    var hasOpenRow: Bool { row != nil }

    mutating func startRow(at point: HTMLSourcePoint, inHead: Bool, implicit: Bool = false) {
        if row != nil { finishRow(maxLine: 0) }
        row = OpenRow(point: point, inHead: inHead, implicit: implicit)
    }

    /// Ends the open row; `maxLine` is the largest line of its subtree.
    mutating func finishRow(maxLine: Int) {
        guard let open = row else { return }
        row = nil
        let cellsEnd = open.cells.map(\.source.endLine).max() ?? open.point.line
        let source = SourceLines(line: open.point.line, column: open.point.column, endLine: max(maxLine, cellsEnd))
        rows.append(DraftRow(cells: open.cells, source: source))
        headerRows.append(open.inHead || (open.onlyHeaderCells && !open.cells.isEmpty))
    }

    /// Ends a row opened by bare cells; a `<tr>` row is ended by its own element.
    mutating func finishImplicitRow() {
        if row?.implicit == true { finishRow(maxLine: 0) }
    }

    mutating func add(_ cell: DraftCell, isHeader: Bool, inHead: Bool) {
        if row == nil { startRow(at: HTMLSourcePoint(line: cell.source.line, column: cell.source.column), inHead: inHead, implicit: true) }
        row?.cells.append(cell)
        if !isHeader { row?.onlyHeaderCells = false }
    }

    /// The table, or nil if it has no rows.
    mutating func finish(maxLine: Int) -> DraftTable? {
        finishRow(maxLine: 0)
        guard !rows.isEmpty else { return nil }
        let header = headerRows.prefix { $0 }.count
        let end = max(maxLine, rows.last?.source.endLine ?? point.line)
        return DraftTable(rows: rows, source: SourceLines(line: point.line, column: point.column, endLine: end),
                          declaredHeaderRows: header > 0 ? header : nil)
    }
}

/// `colspan` / `rowspan` values as browsers read them (leading digits), kept within 1…1000.
enum HTMLSpan {
    static let maximum = 1000

    static func read(_ value: String?, attribute: String, at point: HTMLSourcePoint,
                     warnings: inout [ReadWarning]) -> Int {
        guard let value else { return 1 }
        let trimmed = value.drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        func warn(_ message: String) {
            warnings.append(ReadWarning(line: point.line, column: point.column, message: message))
        }
        guard !digits.isEmpty else {
            warn("\(attribute)=\"\(value.prefix(40))\" is not a number; read as 1")
            return 1
        }
        let significant = digits.drop { $0 == "0" }
        let number = significant.count > 6 ? Int.max : Int(significant) ?? 0
        if number < 1 {
            warn("\(attribute)=\"\(value.prefix(40))\" is not a span; read as 1")
            return 1
        }
        if number > maximum {
            warn("\(attribute)=\"\(value.prefix(40))\" is too large; read as \(maximum)")
            return maximum
        }
        if digits.count != trimmed.trimmingTrailingBlanks.count {
            warn("\(attribute)=\"\(value.prefix(40))\" read as \(number)")
        }
        return number
    }
}

private extension Substring {
    var trimmingTrailingBlanks: Substring {
        var end = endIndex
        while end > startIndex, [" ", "\t", "\n", "\r"].contains(self[index(before: end)]) { end = index(before: end) }
        return self[..<end]
    }
}
