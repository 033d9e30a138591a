import ThaiText

/// Finds a table's header rows and joins multi-row headers into one label per column
/// (`สถานะ / ดำเนินการแล้วเสร็จ`, `ดำเนินการไตรมาส / 1`). Flattened spans of text exports — a label
/// followed by empty cells over labelled cells below — are read as the spans they were.
enum HeaderReader {
    static let maxHeaderRows = 3
    static let maxLabelLength = 60
    static let maxLowerLabelLength = 40

    /// How many leading rows of `grid` are header rows.
    static func headerRowCount(_ grid: Grid, declared: Int?) -> Int {
        if let declared { return min(declared, grid.rows.count) }
        guard let first = grid.rows.first, grid.rows.count > 1, isHeaderRow(first, lower: false) else { return 0 }
        var count = 1
        while count < min(maxHeaderRows, grid.rows.count - 1), isHeaderRow(grid.rows[count], lower: true) {
            count += 1
        }
        return count
    }

    static func isHeaderRow(_ row: [TableCell], lower: Bool) -> Bool {
        let filled = row.filter { !$0.isEmpty }
        guard !filled.isEmpty else { return false }
        if lower {
            // A lower header row leaves the first column to the label above it, and labels
            // several columns (one short text alone is more likely a row's overflow).
            guard row[0].isEmpty, filled.count >= 2 else { return false }
            return filled.allSatisfy { isLabel($0, maxLength: maxLowerLabelLength, allowSmallNumber: true) }
        }
        guard filled.count >= 2 || row.count == 1 else { return false }
        guard filled.allSatisfy({ isLabel($0, maxLength: maxLabelLength, allowSmallNumber: false) }) else { return false }
        let worded = filled.filter { cell in
            let compact = TableBuilder.compact(cell.text)
            // The cheap test first: a cell without a number is worded whatever it says.
            return !containsNumber(compact) || TableWords.headerLabels.contains { compact.containsBytes($0) }
        }
        return worded.count * 2 >= filled.count
    }

    /// Label-like: short, no tick, no figure (a quarter number `1`–`4` is allowed below a label).
    private static func isLabel(_ cell: TableCell, maxLength: Int, allowSmallNumber: Bool) -> Bool {
        guard cell.tick == nil, cell.text.utf8.count <= maxLength * 3, cell.text.hasAtMostScalars(maxLength) else { return false }
        if let shape = cell.text.withBytes(Shape.init) {
            if shape.numbers == shape.nonSpaces { return allowSmallNumber && shape.numbers <= 2 }
            return !shape.looksLikeFigure
        }
        let digits = cell.text.filter(\.isNumber)
        if digits.count == cell.text.filter({ $0 != " " }).count {
            return allowSmallNumber && digits.count <= 2
        }
        // A figure with a thousands comma or decimals is data, not a label.
        return !looksLikeFigure(cell.text)
    }

    /// What `isLabel` asks of a cell's Characters, counted on the bytes of simple text (nil otherwise).
    private struct Shape {
        /// Characters that are numbers, and Characters other than " ".
        var numbers = 0, nonSpaces = 0
        /// A "," or "." right after a number.
        var looksLikeFigure = false

        init?(_ bytes: Bytes) {
            guard UTF8Text.isSimple(bytes) else { return nil }
            var previousDigit = false
            UTF8Text.forEachCharacter(bytes) { first, alone in
                let isNumber = UTF8Text.isNumber(first)
                if isNumber { numbers += 1 }
                if !(alone && first == 0x20) { nonSpaces += 1 }
                if alone && (first == 0x2C || first == 0x2E) && previousDigit { looksLikeFigure = true }
                previousDigit = isNumber
                return true
            }
        }
    }

    /// `contains(where: \.isNumber)`: on simple text a number always starts a Character, so any numeric scalar.
    private static func containsNumber(_ text: String) -> Bool {
        text.withBytes { bytes in
            guard UTF8Text.isSimple(bytes) else { return text.contains(where: \.isNumber) }
            var index = 0
            while index < bytes.count {
                let (value, width) = UTF8Text.scalar(bytes, at: index)
                if UTF8Text.isNumber(value) { return true }
                index += width
            }
            return false
        }
    }

    static func looksLikeFigure(_ text: String) -> Bool {
        var previousDigit = false
        for character in text {
            if (character == "," || character == ".") && previousDigit { return true }
            previousDigit = character.isNumber
        }
        return false
    }

    /// Joins the header rows into one label per column, recording flattened spans on the cells.
    static func labels(headerRows rows: inout [[TableCell]], width: Int) -> [String] {
        guard !rows.isEmpty else { return Array(repeating: "", count: width) }
        recoverFlattenedSpans(&rows)
        var labels: [String] = []
        for column in 0..<width {
            var parts: [String] = []
            for row in rows where column < row.count {
                let cell = row[column]
                var text = cell.text
                if let owner = cell.coveredBy, owner != column { text = row[owner].text }
                let label = compactLabel(text)
                if !label.isEmpty, parts.last != label { parts.append(label) }
            }
            labels.append(parts.joined(separator: " / "))
        }
        return labels
    }

    /// A label followed by empty cells, above a row with labels under those cells, spans them.
    private static func recoverFlattenedSpans(_ rows: inout [[TableCell]]) {
        for rowIndex in 0..<(rows.count - 1) {
            var column = 0
            while column < rows[rowIndex].count {
                let cell = rows[rowIndex][column]
                guard !cell.isEmpty, cell.coveredBy == nil, cell.columnSpan == 1 else { column += 1; continue }
                var end = column + 1
                while end < rows[rowIndex].count, rows[rowIndex][end].isEmpty, rows[rowIndex][end].coveredBy == nil,
                      rows[(rowIndex + 1)...].contains(where: { !$0[end].isEmpty }) {
                    end += 1
                }
                let belowOwn = rows[(rowIndex + 1)...].contains { !$0[column].isEmpty }
                if end > column + 1, belowOwn {
                    rows[rowIndex][column].columnSpan = end - column
                    for covered in (column + 1)..<end { rows[rowIndex][covered].coveredBy = column }
                }
                column = end
            }
        }
    }

    /// A label as compared and shown: wrap spaces between Thai letters removed, lines joined.
    static func compactLabel(_ text: String) -> String {
        // "\n" Characters become spaces (a CR LF is one Character, and stays).
        let oneLine = text.withBytes { bytes in
            guard bytes.contains(0x0A) else { return text }
            var line = Array(bytes)
            for index in line.indices where line[index] == 0x0A && (index == 0 || line[index - 1] != 0x0D) { line[index] = 0x20 }
            return String(decoding: line, as: UTF8.self)
        }
        return LabelSpellings.correct(ThaiJoin.removeThaiSpaces(InlineMarkup.collapseSpaces(oneLine)))
    }

    /// Header rows compared without any spaces: a repeated header is the same header even when
    /// the export wrapped its labels differently (`งบประมา ณ (บาท)` on one page, `งบประมาณ (บาท)` on the next).
    static func signature(_ rows: ArraySlice<[TableCell]>) -> String {
        // Cells joined by U+001F, rows by U+001E, trailing empty cells left out; built as bytes.
        var signature: [UInt8] = []
        for (position, row) in rows.enumerated() {
            if position > 0 { signature.append(0x1E) }
            let isBlank = { (cell: TableCell) in cell.text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 } }
            guard let last = row.lastIndex(where: { !isBlank($0) }) else { continue }
            for column in 0...last {
                if column > 0 { signature.append(0x1F) }
                LabelSpellings.correct(TableBuilder.compact(row[column].text)).withBytes { signature.append(contentsOf: $0) }
            }
        }
        return String(decoding: signature, as: UTF8.self)
    }
}
