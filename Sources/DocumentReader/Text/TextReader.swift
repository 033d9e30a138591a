import ThaiText

/// Where a reader's items go: an array (a `Draft`), or straight into the assembler's groups.
protocol DraftItemSink {
    mutating func append(_ item: consuming DraftItem)
    /// Called once, after the last item.
    mutating func finish()
}

extension Array: DraftItemSink where Element == DraftItem {
    mutating func finish() {}
}

/// Reads plain-text exports (and, with `markdown`, markdown) into draft items: running lines, list
/// items, bold headings, tab-separated tables, pipe tables and HTML tables embedded between lines.
struct TextReader<Items: DraftItemSink> {
    let markdown: Bool
    private var items: Items
    private var warnings: [ReadWarning] = []
    private var tableRows: [DraftRow] = []
    private var pipeHeaderRows: Int?
    private var tableIsPipe = false
    /// The first line of an open tab table: a run of one such line is a line with a tab in it
    /// (`ที่ ทล ๗๘๑๐๑/๑๒๓⇥วันที่ ๑๕ มกราคม ๒๕๖๘`), not a table.
    private var firstTabLine: TextLine?
    /// An embedded `<table>…</table>` being collected, with its first line.
    private var htmlChunk: (text: String, line: Int)?
    private let markup = MarkupCache()
    /// Lines of a table laid out with spaces (``SpaceAlignedTable``), held until it is known to be one: from a line of
    /// several pieces, up to two lines of one piece after the last such line.
    private var aligned: [TextLine] = []
    private var alignedRows = 0
    private var alignedHeld = 0
    /// Lines given back as text when the held lines made no table.
    private var replaying = false

    private init(markdown: Bool, items: consuming Items) {
        self.markdown = markdown
        self.items = items
    }

    /// Reads `text`, appending its items to `items`.
    static func read(_ text: UnsafeBufferPointer<UInt8>, markdown: Bool,
                     into items: consuming Items) -> (items: Items, warnings: [ReadWarning]) {
        var reader = TextReader(markdown: markdown, items: items)
        forEachLine(in: text) { reader.consume($0) }
        reader.finishAligned()
        reader.finishTable()
        reader.finishHTMLChunk()
        reader.items.finish()
        return (reader.items, reader.warnings)
    }

    private mutating func consume(_ line: TextLine) {
        if htmlChunk != nil {
            htmlChunk!.text += "\n" + line.string
            if line.string.lowercased().contains("</table") { finishHTMLChunk() }
            return
        }
        if !replaying, holdAligned(line) { return }
        if line.isBlank {
            finishTable()
            items.append(.paragraphBreak)
            return
        }
        let trimmedStart = firstNonSpace(line)
        if startsHTMLTable(line, from: trimmedStart) {
            finishTable()
            htmlChunk = (line.string, line.number)
            if line.string.lowercased().contains("</table") { finishHTMLChunk() }
            return
        }
        // A row of an open pipe table may leave out its outer pipes (`2 | โครงการ… | 20,000`), as GitHub's
        // tables allow: any line with a `|` continues the table once its delimiter row is read. Plain text takes
        // only rows framed by pipes (markdown saved as .txt); a lone `|` in a sentence is text.
        if line.bytes[trimmedStart] == UInt8(ascii: "|") && (markdown || Self.isFramedPipeRow(line))
            || tableIsPipe && pipeHeaderRows != nil && line.bytes.contains(UInt8(ascii: "|")) {
            readPipeRow(line)
            return
        }
        // Tabs that only indent (`\t\tลงชื่อ`, a signature set to the right) make no row, unless a table is
        // open: there a leading tab is an empty first cell (a continuation row).
        let indentEnd = firstNonBlank(line)
        if line.containsTab, !tableRows.isEmpty && !tableIsPipe || UTF8Text.contains(UnsafeBufferPointer(rebasing: line.bytes[indentEnd...]), 0x09) {
            if tableIsPipe { finishTable() }
            readTabRow(line)
            return
        }
        finishTable()
        readTextLine(line, from: indentEnd)
    }

    // MARK: Running text

    private mutating func readTextLine(_ line: TextLine, from start: Int) {
        let raw = line.string
        let column = line.column(at: start)
        // Past the indentation (spaces, one byte each): a copy of the string's tail, not a second decoding.
        let body = start == 0 ? raw : String(raw[raw.utf8.index(raw.startIndex, offsetBy: start)...])
        // A comment line (`<!-- page 2 -->`) is kept as written; the assembler marks it.
        if body.firstByte == UInt8(ascii: "<") && BlockClassifier.isCommentLine(body) || body.firstByte == 0x0C {
            items.append(.paragraphBreak)
            items.append(.line(DraftLine(text: String(body.trimmedSpaces), raw: raw, source: SourceLines(line: line.number, column: column))))
            items.append(.paragraphBreak)
            return
        }
        if markdown, let level = headingLevel(body) {
            let content = String(body.drop(while: { $0 == "#" }))
            let reading = InlineMarkup.read(content, line: line.number, column: column, cache: markup)
            if !reading.warnings.isEmpty { warnings += reading.warnings }
            var heading = DraftLine(text: reading.text, raw: raw, source: SourceLines(line: line.number, column: column))
            heading.textColumn = Self.column(of: reading.text, in: line, from: start, past: column)
            heading.shiftsWithin = Self.shiftsWithin(reading, of: content, from: column + level)
            items.append(.heading(heading, level: level))
            return
        }
        // `- ๒ -` is a page number, not a list item.
        if let bullet = bulletLength(body), !BlockClassifier.isPageNumber(body) {
            let content = String(body[body.utf8.index(body.startIndex, offsetBy: bullet.bytes)...])
            let reading = InlineMarkup.read(content, line: line.number, column: column + bullet.characters, cache: markup)
            if !reading.warnings.isEmpty { warnings += reading.warnings }
            var item = DraftLine(text: reading.text, raw: raw, source: SourceLines(line: line.number, column: column))
            item.textColumn = Self.column(of: reading.text, in: line, from: start + bullet.bytes, past: column)
            item.shiftsWithin = Self.shiftsWithin(reading, of: content, from: column + bullet.characters)
            items.append(.listItem(item, marker: "-"))
            return
        }
        let reading = InlineMarkup.read(body, line: line.number, column: column, cache: markup)
        if !reading.warnings.isEmpty { warnings += reading.warnings }
        var draftLine = DraftLine(text: reading.text, raw: raw, source: SourceLines(line: line.number, column: column))
        // Markup opening the line (`**ข้อมูล…`, `<b>`) is not in the text: the text starts past it.
        if let first = reading.text.utf8.first, first != line.bytes[start] {
            draftLine.textColumn = Self.column(of: reading.text, in: line, from: start, past: column)
        }
        draftLine.shiftsWithin = Self.shiftsWithin(reading, of: body, from: column)
        if isWholeLineBold(body), !reading.text.isEmpty {
            items.append(.paragraphBreak)
            items.append(.heading(draftLine, level: 2))
            items.append(.paragraphBreak)
        } else {
            items.append(.line(draftLine))
        }
    }

    /// Where a reading's text moves against its source after its first letter, as source columns; `column` is
    /// where `raw`, the text it was read from, starts.
    static func shiftsWithin(_ reading: InlineMarkup.Reading, of raw: String, from column: Int) -> [DraftLine.ShiftWithin]? {
        // A reading as long as its raw text took nothing out (most lines are read as written). A line broken
        // inside (`<br>`) is placed by its line alone.
        guard reading.text.utf8.count != raw.utf8.count, !reading.text.containsBytes("\n"),
              let shifts = ColumnShifts.of(reading.text, in: raw), shifts.count > 1 else { return nil }
        return shifts.dropFirst().map { DraftLine.ShiftWithin(textOffset: $0.textOffset, column: column + $0.rawOffset) }
    }

    /// The source column where `text` (a line's reading) starts: where its first word is found in the line
    /// at or after byte `start`. Nil where that is `column` itself, or where the word is not found as
    /// written (the reading changed it), so the place stays the line's.
    static func column(of text: String, in line: TextLine, from start: Int, past column: Int) -> Int? {
        var start = start
        while start < line.bytes.count, line.bytes[start] == 0x20 { start += 1 }
        guard let first = text.utf8.first, start < line.bytes.count else { return nil }
        // Mostly the text starts right there (after a marker and its space); else its first word is searched for.
        var found: Int? = line.bytes[start] == first ? 0 : nil
        if found == nil {
            found = text.utf8.withContiguousStorageIfAvailable { head in
                var length = 0
                while length < head.count, length < 12, head[length] != 0x20, head[length] != 0x09 { length += 1 }
                // Whole characters only: a cut inside one backs off to its first byte.
                while length > 0, length < head.count, head[length] & 0xC0 == 0x80 { length -= 1 }
                guard length > 0 else { return nil }
                return ByteSearch.firstOffset(of: UnsafeBufferPointer(rebasing: head[..<length]),
                                              in: UnsafeBufferPointer(rebasing: line.bytes[start...]))
            } ?? nil
        }
        guard let found else { return nil }
        let at = line.column(at: start + found)
        return at == column ? nil : at
    }

    private func headingLevel(_ body: String) -> Int? {
        guard body.firstByte == UInt8(ascii: "#") else { return nil }
        let hashes = body.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(hashes), body.dropFirst(hashes).first == " " else { return nil }
        return hashes
    }

    /// `- `, `• `, `* ` (markdown) open a list item; returns the length of the marker with its space,
    /// in Characters (each one scalar) and in bytes.
    private func bulletLength(_ body: String) -> (characters: Int, bytes: Int)? {
        // Every marker opens with "-", "•" (E2 80 A2), "*" or "+": most lines are ruled out by one byte.
        switch body.firstByte {
        case UInt8(ascii: "-"): return body.hasPrefixFast("- ") ? (2, 2) : nil
        case 0xE2: return body.hasPrefixFast("• ") ? (2, 4) : nil
        case UInt8(ascii: "*"): return markdown && body.hasPrefixFast("* ") ? (2, 2) : nil
        case UInt8(ascii: "+"): return markdown && body.hasPrefixFast("+ ") ? (2, 2) : nil
        default: return nil
        }
    }

    private func isWholeLineBold(_ body: String) -> Bool {
        guard body.firstByte == UInt8(ascii: "*"), body.hasPrefixFast("**") else { return false }
        let trimmed = body.trimmedSpaces
        return trimmed.utf8.count > 4 && trimmed.hasSuffixFast("**")
            && !trimmed.dropFirst(2).dropLast(2).containsBytes("**")
    }

    // MARK: Tables

    private mutating func readTabRow(_ line: TextLine) {
        if tableRows.isEmpty { firstTabLine = line }
        let ranges = line.cellRanges
        var cells: [DraftCell] = []
        cells.reserveCapacity(ranges.count)
        // Columns counted as the cells go, not from the line's start for each cell.
        var column = 1
        var counted = 0
        for range in ranges {
            column += line.scalars(counted..<range.lowerBound)
            counted = range.lowerBound
            let source = SourceLines(line: line.number, column: column)
            if range.isEmpty {
                cells.append(DraftCell(text: "", raw: "", source: source))
                continue
            }
            let raw = line.string(range)
            let reading = InlineMarkup.read(raw, line: line.number, column: column, cache: markup)
            if !reading.warnings.isEmpty { warnings += reading.warnings }
            cells.append(DraftCell(text: reading.text, raw: raw, source: source, tick: reading.tick))
        }
        tableRows.append(DraftRow(cells: cells, source: SourceLines(line: line.number)))
    }

    /// `| ลำดับ | โครงการ | งบประมาณ |`: a line that opens and closes with `|`, with a cell between.
    static func isFramedPipeRow(_ line: TextLine) -> Bool {
        var end = line.bytes.count
        while end > 0, line.bytes[end - 1] == 0x20 || line.bytes[end - 1] == 0x0D { end -= 1 }
        guard end > 0, line.bytes[end - 1] == UInt8(ascii: "|") else { return false }
        return UnsafeBufferPointer(rebasing: line.bytes[..<end]).reduce(0) { $0 + ($1 == UInt8(ascii: "|") ? 1 : 0) } >= 3
    }

    private mutating func readPipeRow(_ line: TextLine) {
        if !tableIsPipe { finishTable(); tableIsPipe = true }
        let text = line.string
        var parts = Self.pipeCells(text)
        if parts.first?.allSatisfy({ $0 == " " }) == true { parts.removeFirst() }
        if parts.last?.allSatisfy({ $0 == " " }) == true { parts.removeLast() }
        let isRule = !parts.isEmpty && parts.allSatisfy { part in
            let core = part.trimmedSpaces
            return !core.isEmpty && core.allSatisfy { $0 == "-" || $0 == ":" }
        }
        if isRule {
            pipeHeaderRows = tableRows.count
            return
        }
        var cells: [DraftCell] = []
        cells.reserveCapacity(parts.count)
        // The column is counted as the cells go (each cell's scalars and its `|`), not from the line's
        // start for each cell: a row of many cells stays linear.
        let opensWithPipe = text.utf8.first { $0 != 0x20 && $0 != 0x09 } == UInt8(ascii: "|")
        let offset = opensWithPipe ? text.firstIndex(of: "|").map { text.utf8.distance(from: text.startIndex, to: $0) + 1 } ?? 0 : 0
        var column = line.column(at: offset)
        for part in parts {
            let reading = InlineMarkup.read(part, line: line.number, column: column, cache: markup)
            if !reading.warnings.isEmpty { warnings += reading.warnings }
            cells.append(DraftCell(text: reading.text, raw: part, source: SourceLines(line: line.number, column: column),
                                   tick: reading.tick))
            column += part.unicodeScalars.count + 1
        }
        tableRows.append(DraftRow(cells: cells, source: SourceLines(line: line.number)))
    }

    /// A pipe row's cells: split at each `|` but an escaped one (`สำนักปลัด \\| งานประชาสัมพันธ์`, as pandoc
    /// writes a pipe inside a cell), which stays in its cell.
    static func pipeCells(_ text: String) -> [String] {
        guard text.utf8.contains(UInt8(ascii: "\\")) else {
            return text.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        }
        var cells: [String] = []
        var current: [UInt8] = []
        var escaped = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "|"), !escaped {
                cells.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
                continue
            }
            escaped = byte == UInt8(ascii: "\\") && !escaped
            current.append(byte)
        }
        cells.append(String(decoding: current, as: UTF8.self))
        return cells
    }

    /// Holds a line that may belong to a table laid out with spaces; false when the line is read as usual.
    private mutating func holdAligned(_ line: TextLine) -> Bool {
        let isRow = !line.isBlank && !(markdown && line.bytes[firstNonSpace(line)] == UInt8(ascii: "|"))
            && SpaceAlignedTable.pieces(line) != nil
        if isRow {
            if aligned.isEmpty { finishTable() }
            aligned.append(line)
            alignedRows += 1
            alignedHeld = 0
            return true
        }
        guard !aligned.isEmpty else { return false }
        if !line.isBlank, alignedHeld < 2 {
            aligned.append(line)
            alignedHeld += 1
            return true
        }
        finishAligned()
        return false
    }

    /// The held lines as a table when two or more of them are rows (the lines of one piece after the last row are
    /// read as text after it); otherwise all of them as text.
    private mutating func finishAligned() {
        guard !aligned.isEmpty else { return }
        let lines = aligned, rows = alignedRows, held = alignedHeld
        aligned = []
        alignedRows = 0
        alignedHeld = 0
        replaying = true
        defer { replaying = false }
        if rows >= 2 {
            items.append(.table(SpaceAlignedTable.table(Array(lines.dropLast(held)), markup: markup)))
            for line in lines.suffix(held) { consume(line) }
        } else {
            for line in lines { consume(line) }
        }
    }

    private mutating func finishTable() {
        defer { tableRows = []; pipeHeaderRows = nil; tableIsPipe = false; firstTabLine = nil }
        guard let first = tableRows.first, let last = tableRows.last else { return }
        if tableRows.count == 1, !tableIsPipe, let line = firstTabLine {
            readTextLine(line, from: firstNonBlank(line))
            return
        }
        let source = SourceLines(line: first.source.line, column: 1, endLine: last.source.endLine)
        items.append(.table(DraftTable(rows: tableRows, source: source, declaredHeaderRows: pipeHeaderRows)))
    }

    private func startsHTMLTable(_ line: TextLine, from start: Int) -> Bool {
        let rest = UnsafeBufferPointer(rebasing: line.bytes[start...])
        guard rest.count >= 6, rest[0] == UInt8(ascii: "<") else { return false }
        let name = String(decoding: rest[1..<6], as: UTF8.self).lowercased()
        return name == "table"
    }

    private mutating func finishHTMLChunk() {
        guard let chunk = htmlChunk else { return }
        htmlChunk = nil
        let (table, tableWarnings) = HTMLFragment.readTable(html: chunk.text, firstLine: chunk.line)
        warnings += tableWarnings
        if let table { items.append(.table(table)) }
    }

    /// Past the spaces and tabs that indent the line.
    private func firstNonBlank(_ line: TextLine) -> Int {
        var index = 0
        while index < line.bytes.count, line.bytes[index] == 0x20 || line.bytes[index] == 0x09 { index += 1 }
        return min(index, max(line.bytes.count - 1, 0))
    }

    private func firstNonSpace(_ line: TextLine) -> Int {
        var index = 0
        while index < line.bytes.count, line.bytes[index] == 0x20 { index += 1 }
        return min(index, max(line.bytes.count - 1, 0))
    }
}

