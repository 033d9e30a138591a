import ThaiText

/// A table a PDF's text layout export draws with spaces (`pdftotext -layout`): each cell where its column stands,
/// runs of spaces between them, a right-aligned figure ending under its header. Such lines are cut at runs of
/// `minimumGap` spaces, and each piece goes to the column of the table's fullest line it overlaps most (the
/// nearest, when it overlaps none). Widths are counted in display cells: Thai vowels and tone marks above and
/// below a letter take none.
enum SpaceAlignedTable {
    /// Spaces that part two cells; fewer are spaces inside a cell's text.
    static let minimumGap = 3

    struct Piece {
        /// Display cells from the line's start to the piece, and past its end.
        var start: Int
        var end: Int
        /// Byte range in the line.
        var bytes: Range<Int>
    }

    /// The pieces of a line cut at runs of spaces; nil unless there are two or more (a line, not a row).
    static func pieces(_ line: TextLine) -> [Piece]? {
        let bytes = line.bytes
        // Most lines hold no run of spaces at all: found out by a byte search, not cell by cell.
        guard bytes.count > minimumGap + 1, ByteSearch.containsRun(of: 0x20, length: minimumGap, in: bytes) else { return nil }
        var pieces: [Piece] = []
        var index = 0, cell = 0
        var pieceStart: (byte: Int, cell: Int)?
        var lastEnd = (byte: 0, cell: 0)
        var spaces = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 {
                spaces += 1
                if spaces == minimumGap, let start = pieceStart {
                    pieces.append(Piece(start: start.cell, end: lastEnd.cell, bytes: start.byte..<lastEnd.byte))
                    pieceStart = nil
                }
                index += 1
                cell += 1
                continue
            }
            // Tabs belong to the tab-separated reader.
            if byte == 0x09 { return nil }
            spaces = 0
            if pieceStart == nil { pieceStart = (index, cell) }
            let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            if !isZeroWidth(bytes, at: index) { cell += 1 }
            index += min(length, bytes.count - index)
            lastEnd = (index, cell)
        }
        if let start = pieceStart { pieces.append(Piece(start: start.cell, end: lastEnd.cell, bytes: start.byte..<lastEnd.byte)) }
        return pieces.count >= 2 ? pieces : nil
    }

    /// Thai vowels and tone marks written above or below a letter (U+0E31, U+0E34–U+0E3A, U+0E47–U+0E4E).
    private static func isZeroWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + 2 < bytes.count, bytes[index] == 0xE0 else { return false }
        let second = bytes[index + 1], third = bytes[index + 2]
        if second == 0xB8 { return third == 0xB1 || (0xB4...0xBA).contains(third) }
        if second == 0xB9 { return (0x87...0x8E).contains(third) }
        return false
    }

    /// The lines of a table as rows; a line of one piece (a cell's wrapped text) is a row with that cell alone.
    static func table(_ lines: [TextLine], markup: MarkupCache) -> DraftTable {
        let cut = lines.map { line in pieces(line) ?? onePiece(line) }
        let fullest = cut.max { $0.count < $1.count } ?? []
        var rows: [DraftRow] = []
        for (line, pieces) in zip(lines, cut) {
            let placed = pieces.map { piece in
                let raw = line.string(piece.bytes)
                let sourceColumn = line.column(at: piece.bytes.lowerBound)
                let reading = InlineMarkup.read(raw, line: line.number, column: sourceColumn, cache: markup)
                return (column: Self.column(of: piece, among: fullest),
                        cell: DraftCell(text: reading.text, raw: raw, source: SourceLines(line: line.number, column: sourceColumn), tick: reading.tick))
            }
            rows.append(DraftRow(columns: fullest.count, source: SourceLines(line: line.number), placed: placed))
        }
        return DraftTable(rows: rows, source: SourceLines(line: lines[0].number, column: 1, endLine: lines[lines.count - 1].number),
                          declaredHeaderRows: nil)
    }

    /// The line's text past its indentation as one piece.
    private static func onePiece(_ line: TextLine) -> [Piece] {
        var start = 0
        while start < line.bytes.count, line.bytes[start] == 0x20 { start += 1 }
        var end = line.bytes.count
        while end > start, line.bytes[end - 1] == 0x20 { end -= 1 }
        let cells = line.scalars(start..<end)
        return [Piece(start: start, end: start + cells, bytes: start..<end)]
    }

    /// The column of the fullest line that `piece` overlaps most; the nearest by centre when it overlaps none.
    static func column(of piece: Piece, among columns: [Piece]) -> Int {
        var best: (index: Int, overlap: Int, distance: Int)?
        for (index, column) in columns.enumerated() {
            let overlap = min(piece.end, column.end) - max(piece.start, column.start)
            let distance = abs((piece.start + piece.end) - (column.start + column.end))
            if best == nil || overlap > best!.overlap || overlap == best!.overlap && distance < best!.distance {
                best = (index, overlap, distance)
            }
        }
        return best?.index ?? 0
    }
}
