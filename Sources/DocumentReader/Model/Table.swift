import ThaiText

/// A table as the author meant it: one table from its page-split pieces, one label per column,
/// continuation rows joined to the rows they continue.
public struct Table: Sendable {
    /// The caption or title line above the table, if there is one.
    public var title: String?
    /// One label per column; a label under a spanning label is `ปี ๒๕๖๖ / งบประมาณ (บาท)`.
    public var header: [String]
    /// What joins the labels of a column's header rows in `header`.
    public static let headerRowSeparator = " / "
    /// The header rows as written (the first piece's); repeated copies are recorded in `pieces`.
    public var headerRows: [TableRow]
    public var rows: [TableRow]
    /// The page-split pieces this table was assembled from, in order.
    public var pieces: [TablePiece]
    public var source: SourceLines

    public init(title: String?, header: [String], headerRows: [TableRow], rows: [TableRow],
                pieces: [TablePiece], source: SourceLines) {
        self.title = title
        self.header = header
        self.headerRows = headerRows
        self.rows = rows
        self.pieces = pieces
        self.source = source
    }

    public var columnCount: Int { header.count }

    /// The first column whose label contains one of `words` (labels compared without spaces).
    public func column(labelled words: [String]) -> Int? {
        header.firstIndex { label in
            let compact = label.filter { $0 != " " }
            return words.contains { compact.containsBytes($0) }
        }
    }
}

/// One page's piece of a table, with what was repeated at its top.
public struct TablePiece: Hashable, Sendable {
    public var source: SourceLines
    /// Lines of a repeated title and repeated header rows (recognised, so not read as data).
    public var repeatedLines: [Int]
    /// Their text, kept so nothing the export printed is lost.
    public var repeatedText: [String]

    public init(source: SourceLines, repeatedLines: [Int] = [], repeatedText: [String] = []) {
        self.source = source
        self.repeatedLines = repeatedLines
        self.repeatedText = repeatedText
    }
}

public struct TableRow: Sendable {
    public enum Kind: String, Sendable, Hashable {
        case header, body
        /// A subtotal or grand-total row (`รวม`, `รวมทั้งสิ้น`).
        case total
        /// Values spilled below a row of merged items: they belong to those items (see `TableRow.items`).
        case spill
        /// A running sum carried over a page break (`ยอดยกไป`, `ยอดยกมา`): neither an item nor a total.
        case carried
    }

    public var kind: Kind
    public var source: SourceLines
    /// One cell per column of the table (rows shorter than the header are padded, longer ones kept).
    public var cells: [TableCell]
    /// Lines of continuation rows joined into this one (a row cut by a page break, a cell's overflow).
    public var joinedLines: [Int]
    /// The items of a cell that holds several enumerated items (`๑๒) … ๑๓) …`), split.
    public var items: [TableItem]

    public init(kind: Kind, source: SourceLines, cells: [TableCell], joinedLines: [Int] = [], items: [TableItem] = []) {
        self.kind = kind
        self.source = source
        self.cells = cells
        self.joinedLines = joinedLines
        self.items = items
    }
}

public struct TableCell: Sendable {
    public var text: String
    /// The cell as written, markup and wrap spaces included.
    public var rawText: String
    public var source: SourceLines
    public var columnSpan: Int
    public var rowSpan: Int
    /// The column of the cell whose span covers this position, when this position is covered.
    public var coveredBy: Int?
    public var tick: TickState?
    public var tokens: [Token]

    public init(text: String, rawText: String, source: SourceLines, columnSpan: Int = 1, rowSpan: Int = 1,
                coveredBy: Int? = nil, tick: TickState? = nil, tokens: [Token] = []) {
        self.text = text
        self.rawText = rawText
        self.source = source
        self.columnSpan = columnSpan
        self.rowSpan = rowSpan
        self.coveredBy = coveredBy
        self.tick = tick
        self.tokens = tokens
    }

    /// Where the cell's figure is written: an HTML cell's text stands lines below its `<td>`, so its first
    /// token is the place (MarkupPlaces put it there); any other cell is its own place.
    public var figureSource: SourceLines {
        guard rawText.utf8.first == UInt8(ascii: "<"), let token = tokens.first else { return source }
        return SourceLines(line: token.line, column: token.column, endLine: max(token.span.end.line, token.line))
    }

    /// Only spaces and line breaks (on bytes: a Character is " " or "\n" exactly when its bytes are).
    public var isEmpty: Bool { text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x0A } }
}

/// One item of a merged cell, e.g. `๑๓) โครงการประกวดคำขวัญต่อต้านการทุจริต`.
public struct TableItem: Sendable {
    /// The marker as written (`๑๓)`) and its number.
    public var marker: String
    public var number: Int
    public var text: String
    public var line: Int
    /// The item's own value for each column where that is certain (space-separated values or
    /// values spilled onto the rows below, one per item); empty when `aligned` is false.
    public var values: [Int: String]
    /// False when the row holds fewer values than items, so which item a value belongs to is unknown.
    public var aligned: Bool

    public init(marker: String, number: Int, text: String, line: Int, values: [Int: String], aligned: Bool) {
        self.marker = marker
        self.number = number
        self.text = text
        self.line = line
        self.values = values
        self.aligned = aligned
    }
}
