import ThaiText

/// What a reader (text, markdown, HTML) hands to the assembler: the source's lines and tables as
/// written, before pieces are joined, headers found and words repaired. Every reader produces the
/// same draft for the same content, so every later step is shared.
struct Draft: Sendable {
    var items: [DraftItem] = []
    var warnings: [ReadWarning] = []
}

enum DraftItem: Sendable {
    /// A line of running text: a paragraph's lines come one by one, up to the next `paragraphBreak`.
    case line(DraftLine)
    /// A blank line or an element boundary that ends a paragraph.
    case paragraphBreak
    /// A heading the markup declares (`# …`, `<h2>`); plain text has none.
    case heading(DraftLine, level: Int)
    /// A list item the markup declares (`- …`, `<li>`), with its marker.
    case listItem(DraftLine, marker: String)
    case table(DraftTable)
}

/// One line of text with its place. `raw` is the source text (markup included); `text` is what it says.
struct DraftLine: Sendable {
    var text: String
    var raw: String
    var source: SourceLines
    /// How this line joins the line before it in one block.
    var joinMode: JoinMode = .lineBreak
    /// The source column where `text` starts, when a list marker or markup before it (`- `, `# `, `**`) puts
    /// it past `source.column`.
    var textColumn: Int?
    /// Where the text moves against its source further on in the line, where markup or a run of spaces was
    /// taken out before it (`จำนวน  **๒๙** โครงการ`): from scalar `textOffset` of the text on, source column `column`.
    var shiftsWithin: [ShiftWithin]?

    struct ShiftWithin: Hashable, Sendable {
        var textOffset: Int
        var column: Int
    }

    enum JoinMode: Sendable {
        /// Kept as a line break, unless the dictionary finds a word split across the break.
        case lineBreak
        /// A sentence cut by a page break or a blank line: one block, the part after the cut on a line of its
        /// own so that it keeps its source line (its figures are placed on it, not on the block's first line).
        case space
        /// Joined directly (a word cut by a page break).
        case noSpace
    }
}

/// A table as one reader saw it: rows of cells, spans as the markup gives them.
struct DraftTable: Sendable {
    var rows: [DraftRow]
    var source: SourceLines
    /// Rows the markup itself marks as header (`<thead>`, all-`<th>` rows, the row above a pipe
    /// table's `---` line); nil when the form does not say (tab-separated text).
    var declaredHeaderRows: Int?
}

struct DraftRow: Sendable {
    var cells: [DraftCell]
    var source: SourceLines
}

extension DraftRow {
    /// A row of a table whose cells are placed by where their text stands (a PDF page drawn as positioned
    /// elements, a layout drawn with spaces): `placed` holds each piece's column; pieces in one column join with
    /// a space, and a column no piece falls in is an empty cell.
    init(columns: Int, source: SourceLines, placed: [(column: Int, cell: DraftCell)]) {
        var cells = [DraftCell?](repeating: nil, count: columns)
        for (column, piece) in placed {
            guard var cell = cells[column] else { cells[column] = piece; continue }
            cell.text += " " + piece.text
            cell.raw += " " + piece.raw
            cell.source = cell.source.union(piece.source)
            cell.tick = cell.tick ?? piece.tick
            cells[column] = cell
        }
        self.init(cells: cells.map { $0 ?? DraftCell(text: "", raw: "", source: SourceLines(line: source.line)) }, source: source)
    }
}

struct DraftCell: Sendable {
    /// The cell's text: markup removed, `<br>` and paragraphs as "\n", entities decoded, NFC.
    var text: String
    /// The cell as written in the source.
    var raw: String
    var source: SourceLines
    var columnSpan: Int = 1
    var rowSpan: Int = 1
    /// A tick the markup holds (☑, a checkbox `<input>`, a Wingdings þ), already read.
    var tick: TickState?
}
