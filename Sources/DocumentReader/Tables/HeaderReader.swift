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
        var filled = 0
        for cell in row where !cell.isEmpty { filled += 1 }
        guard filled > 0 else { return false }
        if lower {
            // A lower header row leaves the first column to the label above it, and labels
            // several columns (one short text alone is more likely a row's overflow).
            guard row[0].isEmpty, filled >= 2 else { return false }
            return row.allSatisfy { $0.isEmpty || isLabel($0, maxLength: maxLowerLabelLength, allowSmallNumber: true) }
        }
        guard filled >= 2 || row.count == 1 else { return false }
        var worded = 0
        for cell in row where !cell.isEmpty {
            guard isLabel(cell, maxLength: maxLabelLength, allowSmallNumber: false) else { return false }
            let compact = TableBuilder.compact(cell.text)
            // The cheap test first: a cell without a number is worded whatever it says.
            if !containsNumber(compact) || containsHeaderLabel(compact) || isYear(cell.text) { worded += 1 }
        }
        return worded * 2 >= filled
    }

    /// Label-like: short, no tick, no figure (a quarter number `1`–`4` is allowed below a label).
    private static func isLabel(_ cell: TableCell, maxLength: Int, allowSmallNumber: Bool) -> Bool {
        guard cell.tick == nil, cell.text.utf8.count <= maxLength * 3, cell.text.hasAtMostScalars(maxLength) else { return false }
        // A year alone (`๒๕๖๘`) labels that year's budget column in a plan's table.
        if isYear(cell.text) { return true }
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

    /// Four digits (Thai or Arabic) and nothing else, a plausible Buddhist-era year.
    private static func isYear(_ text: String) -> Bool {
        // Four Thai digits take 12 bytes; anything much longer is no year alone.
        guard text.utf8.count <= 16 else { return false }
        var value = 0, digits = 0
        for scalar in text.unicodeScalars where scalar != " " {
            guard let digit = Numbering.digitValue(scalar) else { return false }
            value = value * 10 + digit
            digits += 1
            if digits > 4 { return false }
        }
        return digits == 4 && ThaiYear.plausibleBE.contains(value)
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

    private static let headerLabelBytes = TableWords.headerLabels.map { Array($0.utf8) }

    /// Whether the text holds one of `TableWords.headerLabels` (compared as bytes).
    private static func containsHeaderLabel(_ text: String) -> Bool {
        text.withBytes { bytes in
            headerLabelBytes.contains { label in label.withUnsafeBufferPointer { UTF8Text.find($0, in: bytes) != nil } }
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
            labels.append(parts.joined(separator: Table.headerRowSeparator))
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
        signature.reserveCapacity(rows.reduce(0) { $0 + $1.reduce(0) { $0 + $1.text.utf8.count + 1 } })
        for (position, row) in rows.enumerated() {
            if position > 0 { signature.append(0x1E) }
            let isBlank = { (cell: TableCell) in cell.text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 } }
            guard let last = row.lastIndex(where: { !isBlank($0) }) else { continue }
            for column in 0...last {
                if column > 0 { signature.append(0x1F) }
                // The compact bytes go straight in; a label with a misspelling is corrected as a String.
                let start = signature.count
                row[column].text.withBytes { bytes in
                    for byte in bytes where byte != 0x20 && byte != 0x0A && byte != 0x09 { signature.append(byte) }
                }
                if signature.withUnsafeBufferPointer({ LabelSpellings.mayNeedCorrection(Bytes(rebasing: $0[start...])) }) {
                    signature.removeSubrange(start...)
                    LabelSpellings.correct(TableBuilder.compact(row[column].text)).withBytes { signature.append(contentsOf: $0) }
                }
            }
        }
        return signature.withUnsafeBufferPointer { String(utf8: $0) }
    }
}
