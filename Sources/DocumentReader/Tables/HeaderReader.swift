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
            return TableWords.headerLabels.contains { compact.containsBytes($0) } || !compact.contains(where: \.isNumber)
        }
        return worded.count * 2 >= filled.count
    }

    /// Label-like: short, no tick, no figure (a quarter number `1`–`4` is allowed below a label).
    private static func isLabel(_ cell: TableCell, maxLength: Int, allowSmallNumber: Bool) -> Bool {
        guard cell.tick == nil, cell.text.utf8.count <= maxLength * 3, cell.text.scalarCount(upTo: maxLength) <= maxLength else { return false }
        let digits = cell.text.filter(\.isNumber)
        if digits.count == cell.text.filter({ $0 != " " }).count {
            return allowSmallNumber && digits.count <= 2
        }
        // A figure with a thousands comma or decimals is data, not a label.
        return !looksLikeFigure(cell.text)
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
        let oneLine = text.replacing("\n", with: " ")
        return LabelSpellings.correct(ThaiJoin.removeThaiSpaces(InlineMarkup.collapseSpaces(oneLine)))
    }

    /// Header rows compared without any spaces: a repeated header is the same header even when
    /// the export wrapped its labels differently (`งบประมา ณ (บาท)` on one page, `งบประมาณ (บาท)` on the next).
    static func signature(_ rows: ArraySlice<[TableCell]>) -> String {
        rows.map { row in
            var texts = row.map { LabelSpellings.correct(TableBuilder.compact($0.text)) }
            while texts.last?.isEmpty == true { texts.removeLast() }
            return texts.joined(separator: "\u{1F}")
        }.joined(separator: "\u{1E}")
    }
}
