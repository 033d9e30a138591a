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
    /// This piece's rows as read, header included: a later piece is matched against the first's header.
    private let allRows: [[TableCell]]
    private let allSources: [SourceLines]
    private(set) var width: Int
    private(set) var source: SourceLines

    init(_ table: consuming DraftTable, title: DraftLine?, warnings: inout [ReadWarning], tokens: TokenCache? = nil) {
        let declaredHeaderRows = table.declaredHeaderRows, tableSource = table.source
        var grid = Grid(consume table, warnings: &warnings)
        var title = title
        var removedTitleRow = false
        // A title exported as a row of its own (its text, then only empty cells) is the title.
        if grid.rows.count > 1, let first = grid.rows.first, Self.isTitleRow(first) {
            title = DraftLine(text: first[0].text, raw: first[0].rawText, source: first[0].source)
            grid.rows.removeFirst()
            grid.rowSources.removeFirst()
            removedTitleRow = true
        }
        grid.dropEmptyTrailingColumns()
        Self.scanTokens(&grid, cache: tokens)
        let headerCount = HeaderReader.headerRowCount(grid, declared: declaredHeaderRows.map { max(0, $0 - (removedTitleRow ? 1 : 0)) })
        self.title = title
        self.declaredHeaderRows = declaredHeaderRows
        self.allRows = grid.rows
        self.allSources = grid.rowSources
        self.headerRows = Array(grid.rows.prefix(headerCount))
        self.headerSources = Array(grid.rowSources.prefix(headerCount))
        self.signature = HeaderReader.signature(grid.rows.prefix(headerCount))
        self.body = Array(grid.rows.dropFirst(headerCount))
        self.bodySources = Array(grid.rowSources.dropFirst(headerCount))
        self.width = grid.width
        let start = title?.source.line ?? tableSource.line
        self.source = SourceLines(line: start, column: title?.source.column ?? tableSource.column, endLine: tableSource.endLine)
        self.pieces = [TablePiece(source: source)]
        takeRepeatedHeaders()
    }

    /// A table exported whole (an HTML `<table>`, a Word document converted from PDF) repeats its header
    /// rows where each page began: those rows are recorded as the start of a new piece, not read as data.
    /// (Read as a row, the header became a project, and the row cut by the page lost its continuation.)
    private mutating func takeRepeatedHeaders() {
        guard !headerRows.isEmpty, let firstLabel = headerRows[0].first.map({ Self.compact($0.text) }), !firstLabel.isEmpty else { return }
        // Rows whose first cell is the header's (each compacted once); most tables have none.
        let candidates = Set(body.indices.filter { body[$0].first.map { Self.compact($0.text) == firstLabel } ?? false })
        guard !candidates.isEmpty else { return }
        var keptRows: [[TableCell]] = []
        var keptSources: [SourceLines] = []
        var index = 0
        while index < body.count {
            if candidates.contains(index), let count = repeatedHeaderCount(at: index) {
                let repeated = index..<(index + count)
                pieces[pieces.count - 1].source.endLine = max(pieces[pieces.count - 1].source.line, bodySources[index].line - 1)
                pieces.append(TablePiece(source: SourceLines(line: bodySources[index].line, column: bodySources[index].column, endLine: source.endLine),
                                         repeatedLines: bodySources[repeated].map(\.line),
                                         repeatedText: body[repeated].map { $0.map(\.rawText).joined(separator: "\t") }))
                index += count
                continue
            }
            keptRows.append(body[index])
            keptSources.append(bodySources[index])
            index += 1
        }
        body = keptRows
        bodySources = keptSources
    }

    /// How many of the body's rows from `index` repeat the header: all its rows, or its first ones.
    private func repeatedHeaderCount(at index: Int) -> Int? {
        for count in stride(from: headerRows.count, through: 1, by: -1) where index + count <= body.count {
            let leading = count == headerRows.count ? signature : HeaderReader.signature(headerRows.prefix(count))
            if !leading.isEmpty, HeaderReader.signature(body[index..<(index + count)]) == leading { return count }
        }
        return nil
    }

    /// How many of `next`'s leading rows repeat this table's header, if `next` continues this
    /// table on a new page; nil if it does not. Compared with our header's row count, so a
    /// continuation row under the repeated header is not mistaken for part of it.
    func repeatedHeaderRows(in next: TableBuilder) -> Int? {
        if let nextTitle = next.title {
            // A line above the next piece that is not this table's title (a running header the page repeats)
            // still lets it go on where its rows carry on this table's numbering (`๔` after `๓`).
            let sameTitle = title.map { Self.compact($0.text) == Self.compact(nextTitle.text) } ?? false
            guard sameTitle || next.headerRows.isEmpty && next.width == width && continuesNumbering(in: next) else { return nil }
        }
        guard !headerRows.isEmpty else { return nil }
        let count = headerRows.count
        if next.allRows.count > count, HeaderReader.signature(next.allRows.prefix(count)) == signature { return count }
        if let partial = repeatedLeadingHeaderRows(in: next) { return partial }
        // (A title here is this table's, or a running header above rows that carry on its numbering: checked above.)
        if next.headerRows.isEmpty, next.width == width { return 0 }
        return nil
    }

    /// Whether the first numbered row of `next` is numbered one past the last numbered row of this table.
    private func continuesNumbering(in next: TableBuilder) -> Bool {
        guard let last = body.last(where: { !($0.first?.isEmpty ?? true) }).flatMap({ Numbering.leadingNumber($0[0].text) }),
              let first = next.allRows.first(where: { !($0.first?.isEmpty ?? true) }).flatMap({ Numbering.leadingNumber($0[0].text) })
        else { return false }
        return first == last + 1
    }

    /// A page that repeats only the header's first rows (the group labels, without the status or
    /// year labels under them): how many.
    private func repeatedLeadingHeaderRows(in next: TableBuilder) -> Int? {
        guard headerRows.count > 1 else { return nil }
        for count in stride(from: headerRows.count - 1, through: 1, by: -1) where next.allRows.count > count {
            let leading = HeaderReader.signature(headerRows.prefix(count))
            if !leading.isEmpty, HeaderReader.signature(next.allRows.prefix(count)) == leading { return count }
        }
        return nil
    }

    /// Takes in the next page's piece, recording its repeated title and header rows.
    mutating func append(_ next: TableBuilder, repeatedHeaderRows count: Int) {
        var repeatedLines: [Int] = []
        var repeatedText: [String] = []
        if let title = next.title { repeatedLines.append(title.source.line); repeatedText.append(title.raw) }
        for (row, source) in zip(next.allRows.prefix(count), next.allSources.prefix(count)) {
            repeatedLines.append(source.line)
            repeatedText.append(row.map(\.rawText).joined(separator: "\t"))
        }
        pieces.append(TablePiece(source: next.source, repeatedLines: repeatedLines, repeatedText: repeatedText))
        let newWidth = max(width, next.width)
        body = (body + next.allRows.dropFirst(count)).map { Self.pad($0, to: newWidth) }
        headerRows = headerRows.map { Self.pad($0, to: newWidth) }
        bodySources += next.allSources.dropFirst(count)
        width = newWidth
        source = source.union(next.source)
    }

    func build(joins: JoinCache? = nil) -> Table {
        var header = headerRows
        let labels = HeaderReader.labels(headerRows: &header, width: width)
        let headerTableRows = zip(header, headerSources).map { cells, source in
            TableRow(kind: .header, source: source, cells: cells.map(Self.labelled))
        }
        var rows = RowReader(rows: body, sources: bodySources, width: width, joins: joins).read()
        for index in rows.indices {
            for column in rows[index].cells.indices {
                let repaired = ThaiJoin.removeWrapSpaces(rows[index].cells[column].text, cache: joins)
                if repaired.removed > 0 { rows[index].cells[column].text = repaired.text }
            }
            for item in rows[index].items.indices {
                rows[index].items[item].text = ThaiJoin.removeWrapSpaces(rows[index].items[item].text, cache: joins).text
            }
        }
        return Table(title: title?.text, header: labels, headerRows: headerTableRows, rows: rows,
                     pieces: pieces, source: source)
    }

    /// Only the first cell filled, with words that are not numbering: a title, not a row.
    static func isTitleRow(_ row: [TableCell]) -> Bool {
        guard row.count > 1, !row[0].isEmpty, row.dropFirst().allSatisfy({ $0.isEmpty && ($0.coveredBy == nil || $0.coveredBy == 0) }) else { return false }
        return Numbering.leadingNumber(row[0].text) == nil && row[0].tick == nil
    }

    static func isTitleRow(_ row: DraftRow) -> Bool {
        guard row.cells.count > 1, let first = row.cells.first, !first.text.isEmpty, first.columnSpan == 1 else { return false }
        return row.cells.dropFirst().allSatisfy { $0.text.isEmpty } && Numbering.leadingNumber(first.text) == nil && first.tick == nil
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

    /// The text without spaces or line breaks, built on scalars.
    static func compact(_ text: String) -> String {
        text.withBytes { bytes in
            guard bytes.contains(where: { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 }) else { return text }
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                var count = 0
                for byte in bytes where byte != 0x20 && byte != 0x0A && byte != 0x09 { buffer[count] = byte; count += 1 }
                return count
            }
        }
    }

    /// Calls `body` with the bytes of `compact(text)`, made without a String.
    static func withCompactBytes<R>(_ text: String, _ body: (Bytes) -> R) -> R {
        text.withBytes { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
                var count = 0
                var index = 0
                while index < bytes.count {
                    // Eight bytes with none below "!" (no space, tab or line break) are kept whole.
                    if index + 8 <= bytes.count {
                        let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                        if !SWAR.hasByte(below: 0x21, in: word) {
                            UnsafeMutableRawPointer(buffer.baseAddress! + count).storeBytes(of: word, as: UInt64.self)
                            count += 8
                            index += 8
                            continue
                        }
                    }
                    let byte = bytes[index]
                    if byte != 0x20 && byte != 0x0A && byte != 0x09 { buffer[count] = byte; count += 1 }
                    index += 1
                }
                return body(Bytes(rebasing: buffer[..<count]))
            }
        }
    }

    /// Cells of words alone (no digit, no tick, no symbol) hold no token worth a scan: skipping
    /// them keeps reading fast. (An amount in words with no figure beside it is the one loss.)
    private static func mayHoldTokens(_ text: String) -> Bool {
        text.withBytes { bytes in
            var previous: UInt8 = 0
            var index = 0
            while index < bytes.count {
                // Eight bytes at once when they clearly hold none: no byte 30–3F, E2 or EF, and no
                // B9 followed by 9x (B9 last is left to the byte test).
                if index + 8 <= bytes.count {
                    let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                    let b9 = SWAR.zeroBytes(word ^ 0xB9B9_B9B9_B9B9_B9B9)
                    let nine = SWAR.zeroBytes(word & 0xF0F0_F0F0_F0F0_F0F0 ^ 0x9090_9090_9090_9090)
                    if SWAR.zeroBytes(word & 0xF0F0_F0F0_F0F0_F0F0 ^ 0x3030_3030_3030_3030) == 0,
                       !SWAR.hasByte(0xE2, in: word), !SWAR.hasByte(0xEF, in: word),
                       (b9 << 8) & nine == 0, b9 >> 56 == 0, previous != 0xB9 {
                        previous = UInt8(truncatingIfNeeded: word >> 56)
                        index += 8
                        continue
                    }
                }
                let end = min(index + 8, bytes.count)
                while index < end {
                    let byte = bytes[index]
                    if byte >= 0x30 && byte <= 0x39 { return true }
                    if byte == 0xE2 || byte == 0xEF { return true }
                    // Thai digits are E0 B9 90–99.
                    if previous == 0xB9, byte >= 0x90, byte <= 0x99 { return true }
                    previous = byte
                    index += 1
                }
            }
            return false
        }
    }

    /// Lexical tokens of every cell, placed at the cell's line and column, and kept inside its lines.
    private static func scanTokens(_ grid: inout Grid, cache: TokenCache?) {
        for row in grid.rows.indices {
            for column in grid.rows[row].indices where !grid.rows[row][column].isEmpty {
                let text = grid.rows[row][column].text
                guard mayHoldTokens(text) else { continue }
                let source = grid.rows[row][column].source
                let origin = SourcePosition(line: source.line, column: source.column, offset: 0)
                var tokens = cache?.tokens(of: text, at: origin)
                    ?? LexicalScanner.scan(text, options: ScanOptions(origin: origin))
                // An HTML cell's figures are placed where the source writes them, not at its `<td>`.
                MarkupPlaces.place(&tokens, text: text, raw: grid.rows[row][column].rawText, origin: source)
                if tokens.contains(where: { $0.span.end.line > source.endLine }) {
                    placeInside(&tokens, source: source, text: text)
                }
                grid.rows[row][column].tokens = tokens
            }
        }
    }

    /// A cell's text can have more lines than the cell has in the source: `<br>`, `<p>` and `<div>` (or
    /// such a tag written in a text cell) become line breaks. Tokens are placed by the text's lines, so
    /// those past the cell's last line are put on it. In a cell of one source line, every break is such a
    /// one, and a token's column is counted along the text as if it were that one line.
    static func placeInside(_ tokens: inout [Token], source: SourceLines, text: String) {
        let oneLine = source.endLine == source.line
        let bytes = Array(text.utf8)
        func place(_ position: SourcePosition) -> SourcePosition {
            guard position.line > source.endLine else { return position }
            var column = position.column
            if oneLine {
                let before = bytes.prefix(min(max(position.offset, 0), bytes.count))
                column = source.column + before.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
            }
            return SourcePosition(line: source.endLine, column: column, offset: position.offset)
        }
        for index in tokens.indices {
            tokens[index].span = SourceSpan(start: place(tokens[index].span.start), end: place(tokens[index].span.end))
            if case .money(let amount, let words?) = tokens[index].value {
                let span = SourceSpan(start: place(words.span.start), end: place(words.span.end))
                tokens[index].value = .money(amount, words: MoneyInWords(amount: words.amount, span: span))
            }
        }
    }
}

/// The tokens of the cell texts already scanned in a document, as scanned at line 1, column 1. A
/// scan depends on the text alone, so a repeated cell (a year, an amount, "-") is only placed again.
final class TokenCache {
    @exclusivity(unchecked) private var scanned = ByteTable<[Token]>()

    func tokens(of text: String, at origin: SourcePosition) -> [Token] {
        let tokens: [Token] = text.withBytes { bytes in
            if let known = scanned.value(for: bytes) { return known }
            let tokens = LexicalScanner.scan(bytes)
            scanned.insert(bytes, tokens)
            return tokens
        }
        guard origin.line != 1 || origin.column != 1 || origin.offset != 0 else { return tokens }
        return tokens.map { token in
            var token = token
            token.span = Self.place(token.span, at: origin)
            if case .money(let amount, let words?) = token.value {
                token.value = .money(amount, words: MoneyInWords(amount: words.amount, span: Self.place(words.span, at: origin)))
            }
            return token
        }
    }

    /// A span scanned from line 1, column 1 moved to `origin`: lines shift, and columns on the first line.
    private static func place(_ span: SourceSpan, at origin: SourcePosition) -> SourceSpan {
        func place(_ position: SourcePosition) -> SourcePosition {
            SourcePosition(line: position.line + origin.line - 1,
                           column: position.line == 1 ? position.column + origin.column - 1 : position.column,
                           offset: position.offset + origin.offset)
        }
        return SourceSpan(start: place(span.start), end: place(span.end))
    }
}
