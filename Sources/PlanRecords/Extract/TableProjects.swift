import DocumentReader
import ThaiText

/// Reads the tables: each body row naming a project becomes a mention with its figures; each total
/// row becomes stated totals (subtotals, grand totals, counts, tick counts) scoped by dimension and year.
struct TableProjects {
    var tables: [TableRecord] = []
    var mentions: [Mention] = []
    var declared: [DeclaredTotal] = []
    var warnings: [RecordWarning] = []
    /// The year a one-year table is about when neither it nor the text above says: the document's.
    let documentYear: Int?
    /// What a bare figure in each column of the table being read is multiplied by (`งบประมาณ (ล้านบาท)`).
    private var columnScales: [ExactDecimal?] = []
    /// The table being read marks with crossed boxes beside empty ones and ticks nothing (☒ among ☐): a
    /// crossed box is its mark.
    private var marksWithCrosses = false
    /// The table being read writes `X` in its schedule's cells and ticks nothing: the `X` is its mark. (Beside
    /// ticks, an `X` strikes a quarter out and is left unread.)
    private var marksScheduleWithX = false

    init(documentYear: Int?) { self.documentYear = documentYear }

    mutating func read(_ blocks: [Block]) {
        var index = 0
        for (position, block) in blocks.enumerated() {
            guard let table = block.table else { continue }
            read(table, index: index, yearAbove: Self.yearAbove(blocks, before: position),
                 dimensionAbove: Self.dimensionAbove(blocks, before: position), followsTable: Self.followsTable(blocks, at: position))
            index += 1
        }
    }

    /// Whether only page furniture stands between the table at `position` and a table above it: the page
    /// break a table runs over.
    static func followsTable(_ blocks: [Block], at position: Int) -> Bool {
        var cursor = position - 1
        while cursor >= 0, blocks[cursor].kind == .pageArtefact { cursor -= 1 }
        return cursor >= 0 && blocks[cursor].kind == .table
    }

    /// The texts of up to `count` blocks right above the table at `position`, nearest first: page furniture is
    /// passed over, and nothing past a table above.
    static func textsAbove(_ blocks: [Block], before position: Int, count: Int) -> [String] {
        var texts: [String] = []
        var cursor = position - 1
        while cursor >= 0, texts.count < count {
            let block = blocks[cursor]
            cursor -= 1
            if block.kind == .table { break }
            if block.kind == .pageArtefact { continue }
            texts.append(block.text)
        }
        return texts
    }

    /// The dimension a heading right above the table opens, when its title does not: `มิติที่ ๒` on a line of its
    /// own with the dimension's name below it, which the table took for its title. One of the two blocks above,
    /// and not a legend that lists several dimensions.
    static func dimensionAbove(_ blocks: [Block], before position: Int) -> String? {
        for text in textsAbove(blocks, before: position, count: 2) {
            let lines = TextTools.lines(text)
            guard let first = lines.first, let opened = OutlineReader.dimension(in: first) else { continue }
            guard !lines.dropFirst().contains(where: { OutlineReader.dimension(in: $0) != nil }) else { return nil }
            return opened.starred ? "\(opened.number)*" : "\(opened.number)"
        }
        return nil
    }

    /// A fiscal year named in the table's title or the blocks above it, three texts in all (`ปีงบประมาณ พ.ศ. ๒๕๖๗`).
    static func yearAbove(_ blocks: [Block], before position: Int) -> Int? {
        let title = blocks[position].table?.title
        let texts = (title.map { [$0] } ?? []) + textsAbove(blocks, before: position, count: title == nil ? 3 : 2)
        for text in texts {
            for token in LexicalScanner.scan(text) {
                switch token.value {
                case .fiscalYear(let year): return year.be
                case .year(let year, let era) where era != .twoDigit: return year.be
                default: continue
                }
            }
        }
        return nil
    }

    private mutating func read(_ table: Table, index: Int, yearAbove: Int?, dimensionAbove: String?, followsTable: Bool) {
        let roles = Self.quarterAmounts(ColumnRoles.roles(of: table), in: table)
        columnScales = table.header.map(ColumnRoles.unitScale(of:))
        let ticks = Set(table.rows.filter { $0.kind == .body }.flatMap { $0.cells.compactMap(\.tick) })
        marksWithCrosses = ticks.contains(.crossed) && ticks.contains(.unchecked) && !ticks.contains(.checked)
        marksScheduleWithX = !ticks.contains(.checked) && !marksWithCrosses && Self.schedulesWithX(table, roles: roles)
        let budgetYears = Set(roles.compactMap { role -> Int? in if case .budget(let year?) = role { return year }; return nil })
        let hasQuarters = roles.contains {
            switch $0 { case .quarter, .month: return true; default: return false }
        }
        let hasStatus = roles.contains { if case .status = $0 { return true }; return false }
        let role: MentionRole?
        if budgetYears.count >= 2 { role = .summaryRow }
        else if hasQuarters { role = .yearTableRow }
        else if hasStatus || roles.contains(.disbursed) { role = .statusRow }
        else if roles.contains(.results) { role = .measureRow }
        else if roles.contains(where: { if case .budget = $0 { return true }; return $0 == .responsible || $0 == .dimension }) { role = .tableRow }
        else { role = .none }
        var year = budgetYears.count == 1 ? budgetYears.first : yearAbove
        // The same columns right over a page break from the table above, and no year of their own: the table
        // going on under its header repeated in other words (`ลำดับ` for `ที่`), about the same year.
        if year == nil, budgetYears.isEmpty, followsTable, let previous = tables.last, previous.roles == roles { year = previous.year }
        // A table of statuses or of what was spent (`งบประมาณ | เบิกจ่าย`) reports the document's year.
        if year == nil, hasQuarters || hasStatus || roles.contains(.disbursed) { year = documentYear }
        let body = table.rows.filter { $0.kind == .body }
        let totals = table.rows.filter { $0.kind == .total }
        tables.append(TableRecord(index: index, line: table.source.line, endLine: table.source.endLine, title: table.title,
                                  header: table.header, roles: roles, bodyRows: body.count, totalRows: totals.count, year: year))
        if tables[tables.count - 1].headerMissing, let first = table.rows.first {
            // The place is the row that stands where the header would, not the title above it.
            let text = Self.rowText(first).text
            tables[tables.count - 1].firstRow = Located(text, raw: text, line: first.source.line, column: first.source.column)
            warnings.append(RecordWarning(line: first.source.line, column: first.source.column,
                                          message: "table has no header row: its columns are not known, so its rows are not read as projects"))
        }
        if roles.firstIndex(of: .name) == nil, let dimensionColumn = roles.firstIndex(of: .dimension) {
            readDimensionSummary(table, roles: roles, dimensionColumn: dimensionColumn, index: index, year: year)
            return
        }
        // (Its count column's label, `จำนวน (โครงการ)`, reads as a name column's.)
        if readStatusSummary(table) { return }
        // Tables that list no projects (risk registers, contents, score tables) give no mentions.
        guard let role, let nameColumn = roles.firstIndex(of: .name) else { return }
        var context = RowContext()
        // A table under its dimension's heading (`## มิติที่ ๑ …` right above it, read as its title): its rows are
        // that dimension's until a row says otherwise.
        if let title = table.title, let opened = OutlineReader.dimension(in: TextTools.firstLine(title)) {
            context.dimension = opened.starred ? "\(opened.number)*" : "\(opened.number)"
        } else if let dimensionAbove {
            context.dimension = dimensionAbove
        }
        for (rowIndex, row) in table.rows.enumerated() {
            context.follow(row, roles: roles)
            let mentionsBefore = mentions.count, declaredBefore = declared.count
            defer {
                for index in mentionsBefore..<mentions.count { mentions[index].row = rowIndex }
                for index in declaredBefore..<declared.count { declared[index].row = rowIndex }
            }
            switch row.kind {
            case .body where context.headedBy(row):
                // `มิติที่ ๑ การสร้างสังคม… (จำนวน ๒ โครงการ)` across the table: it heads the rows below, and is no item.
                readHeadingCount(row, dimension: context.dimension)
                // Its other cells state the dimension's totals, as a total row below its rows would.
                if let first = row.cells.firstIndex(where: { !$0.isEmpty }), row.cells[(first + 1)...].contains(where: { !$0.isEmpty }) {
                    var figures = row
                    figures.cells[first] = TableCell(text: "", rawText: "", source: row.cells[first].source)
                    readTotal(figures, roles: roles, nameColumn: nameColumn, table: index, year: year, context: context, sole: false)
                }
            case .body:
                readBody(row, roles: roles, nameColumn: nameColumn, role: role, table: index, year: year, context: context)
            case .total:
                readTotal(row, roles: roles, nameColumn: nameColumn, table: index, year: year, context: context,
                          sole: totals.count == 1)
            case .carried:
                readCarried(row, roles: roles, table: index, year: year)
            case .header, .spill:
                continue
            }
        }
    }

    /// Quarter columns whose cells hold amounts (`5,000`, `12,500.00`) and no tick: what was disbursed each
    /// quarter, not the schedule. (A schedule marks its quarters with ticks, or at most a small count.)
    static func quarterAmounts(_ roles: [ColumnRole?], in table: Table) -> [ColumnRole?] {
        let quarterColumns = roles.indices.filter { if case .quarter(_, nil) = roles[$0] { return true }; return false }
        guard !quarterColumns.isEmpty else { return roles }
        var amounts = 0
        for row in table.rows where row.kind == .body {
            for column in quarterColumns where column < row.cells.count {
                let cell = row.cells[column]
                if cell.tick != nil { return roles }
                guard let value = CellFigure.read(cell.text).amount else { continue }
                if value > ExactDecimal(10) || cell.text.contains(",") { amounts += 1 }
            }
        }
        guard amounts > 0 else { return roles }
        var changed = roles
        for column in quarterColumns { if case .quarter(let quarter, _) = roles[column] { changed[column] = .quarterDisbursed(quarter) } }
        return changed
    }

    /// What a bare figure in the column is multiplied by, when its label counts in millions or thousands.
    private func scale(_ column: Int) -> ExactDecimal? { column < columnScales.count ? columnScales[column] : nil }

    /// Whether a cell marks its row: ticked, or crossed in a table that marks with crosses.
    private func isTicked(_ cell: TableCell) -> Bool {
        cell.tick == .checked || marksWithCrosses && cell.tick == .crossed
    }

    /// Whether a quarter's or month's cell marks its row: ticked, or `X` in a table that marks its schedule so.
    private func marksSchedule(_ cell: TableCell) -> Bool {
        isTicked(cell) || marksScheduleWithX && Self.isLetterX(cell)
    }

    /// A cell whose whole text is `X`, `x` or `×`.
    private static func isLetterX(_ cell: TableCell) -> Bool {
        ColumnWords.scheduleCrosses.contains(TextTools.trimmed(cell.text))
    }

    /// Whether a body row writes `X` in a quarter or month column.
    private static func schedulesWithX(_ table: Table, roles: [ColumnRole?]) -> Bool {
        table.rows.contains { row in
            row.kind == .body && row.cells.enumerated().contains { column, cell in
                guard column < roles.count else { return false }
                switch roles[column] {
                case .quarter, .month: return isLetterX(cell)
                default: return false
                }
            }
        }
    }

    /// Whether a column of this role holds amounts in baht.
    static func holdsBaht(_ role: ColumnRole) -> Bool {
        switch role {
        case .budget, .plannedBudget, .disbursed, .remaining, .quarterDisbursed, .fundingSource: return true
        default: return false
        }
    }

    /// The dimension and mission a row stands under: written on the first row of a group and left empty below.
    struct RowContext {
        var dimension: String?
        var mission: String?

        /// The row that opened the current dimension, when it was a heading across the table: its place, line and
        /// column (a table exported on one line has all its rows on one line).
        private var heading: SourceLines?

        /// Whether `row` is the heading across the table that opened the current dimension.
        func headedBy(_ row: TableRow) -> Bool { heading == row.source }

        /// A cell that is a figure (`55,000.00`, `-`) or a count (`๓ โครงการ`), nothing else.
        static func isFigureOrCount(_ text: String) -> Bool {
            switch CellFigure.read(text) {
            case .amount, .dash: return true
            case .empty, .words, .unreadable: return false
            }
        }

        mutating func follow(_ row: TableRow, roles: [ColumnRole?]) {
            // A row whose only text is a dimension's heading (`มิติที่ ๑ …`, one cell spanning the table, or the
            // first cell of a text export's row): the rows below it are that dimension's.
            // (The first filled cell is tried first, by its first letter: this runs on every row of every table.)
            // Beside it, the cells may state the dimension's count and budgets (`มิติที่ ๑ … | ๓ โครงการ | 55,000.00`):
            // a group's totals written above its rows.
            if row.kind == .body, let first = row.cells.firstIndex(where: { !$0.isEmpty }),
               let opened = OutlineReader.dimension(in: Substring(row.cells[first].text)),
               row.cells[(first + 1)...].allSatisfy({ TextTools.trimmed($0.text).isEmpty || Self.isFigureOrCount($0.text) }) {
                dimension = opened.starred ? "\(opened.number)*" : "\(opened.number)"
                mission = nil
                heading = row.source
                return
            }
            for (column, role) in roles.enumerated() where column < row.cells.count {
                let text = TextTools.trimmed(row.cells[column].text)
                guard !text.isEmpty else { continue }
                if role == .dimension, let key = Self.dimensionKey(row.cells[column].text) { dimension = key; mission = nil }  // untrimmed: keep `*1`
                if role == .mission, let found = OutlineReader.mission(in: Substring(text + " ")) { mission = found.number }
            }
        }

        /// `1`, `*1`, `3*`, `๑. การสร้างวัฒนธรรมสุจริต` → `1`, `1*`, `3*`, `1`.
        static func dimensionKey(_ text: String) -> String? {
            let compact = TextTools.compact(text)
            let starred = text.utf8.contains(0x2A)
            let body = Substring(compact).drop { $0 == "*" }
            let afterWord = DimensionWords.spellings.first(where: { body.startsWith($0) }).map { body.dropFirst($0.count) } ?? body
            guard let (number, _) = TextTools.leadingInteger(afterWord), (1...9).contains(number) else { return nil }
            return starred ? "\(number)*" : "\(number)"
        }
    }

    private mutating func readBody(_ row: TableRow, roles: [ColumnRole?], nameColumn: Int, role: MentionRole, table: Int,
                                   year: Int?, context: RowContext) {
        guard nameColumn < row.cells.count else { return }
        let nameCell = row.cells[nameColumn]
        if row.items.count >= 2 {
            for item in row.items {
                var mention = Mention(role: role, line: item.line, endLine: item.line, column: nameCell.source.column,
                                      name: WrappedLines.joined(TextTools.trimmed(item.text)), rawName: item.text, numbering: item.marker,
                                      number: item.number, table: table, kind: ProjectKindWords.kind(of: item.text))
                mention.dimension = context.dimension
                mention.mission = context.mission
                mention.valuesAligned = item.aligned
                if item.aligned {
                    for (column, text) in item.values where column < roles.count {
                        figure(text, raw: text, role: roles[column], scale: scale(column), line: item.line,
                               column: nameCell.source.column, year: year, into: &mention)
                    }
                }
                mentions.append(mention)
            }
            return
        }
        // A name the cell wraps (`<p>…</p><p>…</p>`, `<br>`) is one name on one line, with no space where the
        // wrap split a word.
        var name = WrappedLines.joined(TextTools.trimmed(nameCell.text))
        if name.isEmpty {
            // A row with figures or ticks but no name is still an item of the table: dropped, it would make every
            // count and sum over the table short. It is kept with an empty name, links to nothing, and is warned about.
            let holdsFigures = row.cells.enumerated().contains { column, cell in
                guard column < roles.count, !cell.isEmpty || marksSchedule(cell) else { return false }
                switch roles[column] {
                case .budget, .plannedBudget, .disbursed, .status, .quarter, .month, .quarterDisbursed: return true
                default: return false
                }
            }
            guard holdsFigures else {
                // A name cell a span above covers (`rowspan`: a measure over its steps' rows): its rows are the
                // item's steps, nothing to warn about.
                if nameCell.coveredBy == nil, row.cells.contains(where: { !$0.isEmpty }) {
                    warnings.append(RecordWarning(line: row.source.line, column: nameCell.source.column,
                                                  message: "table row has no project name and no figures; it is not read"))
                }
                return
            }
            warnings.append(RecordWarning(line: row.source.line, column: nameCell.source.column,
                                          message: "table row has figures but no project name; it is kept as an item with no name"))
        }
        var numbering: String?
        var number: Int?
        if let numberColumn = roles.firstIndex(of: .number), numberColumn < row.cells.count {
            let cell = row.cells[numberColumn].text
            let text = TextTools.trimmed(cell)
            // `4*`, `*4`: an item added during the year. `trimmed` drops asterisks (markdown's bold); this one stays.
            let starred = cell.contains("*") && !cell.contains("**")
            if !text.isEmpty { numbering = starred ? text + "*" : text; number = TextTools.markerNumber(Substring(text)) }
        }
        // The marker is what `droppingMarker` skipped: the name's text before the slice it returns.
        let stripped = TextTools.droppingMarker(name)
        if stripped.startIndex > name.startIndex {
            let marker = TextTools.trimmed(name[..<stripped.startIndex])
            if numbering == nil { numbering = marker; number = TextTools.markerNumber(Substring(marker)) }
            name = String(stripped)
        }
        var mention = Mention(role: role, line: row.source.line, endLine: row.source.endLine, column: nameCell.source.column,
                              name: name, rawName: TextTools.withoutTags(nameCell.rawText), numbering: numbering, number: number, table: table,
                              kind: ProjectKindWords.kind(of: name))
        mention.dimension = context.dimension
        mention.mission = context.mission
        for (column, cell) in row.cells.enumerated() where column < roles.count && column != nameColumn {
            if case .quarter(let quarter, let columnYear) = roles[column] {
                let ticked = marksSchedule(cell)
                mention.quarterCells.append(Located(ticked, raw: cell.rawText, source: cell.source))
                if let columnYear {
                    // A year with no quarter ticked is kept too: the row is not scheduled that year.
                    var quarters = mention.quartersByYear[columnYear] ?? []
                    if ticked { quarters.insert(quarter) }
                    mention.quartersByYear[columnYear] = quarters
                } else if ticked {
                    mention.quarters.insert(quarter); mention.scheduleYear = year
                }
                continue
            }
            if case .month(let month) = roles[column] {
                // A month's tick ticks its quarter too: October–December is the fiscal year's first.
                let ticked = marksSchedule(cell)
                mention.quarterCells.append(Located(ticked, raw: cell.rawText, source: cell.source))
                if ticked {
                    mention.months.insert(month)
                    mention.quarters.insert((month - 1) / 3 + 1)
                    mention.scheduleYear = year
                }
                continue
            }
            // A result or status column that writes the status in words (`ดำเนินการแล้วเสร็จ`): a short cell is one.
            if roles[column] == .results, mention.status == nil, cell.text.utf8.count <= StatusWords.longestStatusCell,
               let status = StatusWords.status(in: TextTools.compact(cell.text)) {
                mention.status = Located(status, raw: cell.rawText, source: cell.source)
                continue
            }
            // A tick alone in a result column (`ผลการดำเนินการ | ✓`): done. A cross is left unread; documents use
            // it both ways.
            if roles[column] == .results, mention.status == nil, cell.tick == .checked, TextTools.compact(cell.text).utf8.count <= 4 {
                mention.status = Located(.completed, raw: cell.rawText, source: cell.source)
                continue
            }
            if case .status(let status) = roles[column] {
                if isTicked(cell) {
                    if mention.status != nil {
                        warnings.append(RecordWarning(line: cell.source.line, column: cell.source.column,
                                                      message: "more than one status ticked for \(name)"))
                    } else {
                        mention.status = Located(status, raw: cell.rawText, source: cell.source)
                    }
                }
                continue
            }
            figure(cell.text, raw: cell.rawText, role: roles[column], scale: scale(column), line: cell.figureSource.line,
                   column: cell.figureSource.column, year: year, into: &mention)
        }
        if mention.scheduleYear == nil, mention.quartersByYear.isEmpty, !mention.quarterCells.isEmpty { mention.scheduleYear = year }
        mentions.append(mention)
    }

    /// A baht cell's amount where it stands, `-` read as `dash` when one is given. A figure that is no number as
    /// written is noted under `what` and gives no amount; so are words, when `wordsWarned`.
    private mutating func moneyCell(_ text: String, raw: String, what: String, scale: ExactDecimal?, line: Int, column: Int,
                                    dash: ExactDecimal?, wordsWarned: Bool = false, into mention: inout Mention) -> Located<ExactDecimal>? {
        switch CellFigure.readMoney(text, scale: scale) {
        case .amount(let value): return Located(value, raw: raw, line: line, column: column)
        case .dash: return dash.map { Located($0, raw: raw, line: line, column: column) }
        case .unreadable(let reason):
            unreadable(what, text: text, reason: reason, line: line, column: column, into: &mention)
            return nil
        case .words:
            // `ไม่ใช้งบประมาณ` in a money cell: nothing spent, nothing budgeted.
            if FieldLabels.noBudget.contains(where: TextTools.compact(text).includes) { return Located(.zero, raw: raw, line: line, column: column) }
            if wordsWarned {
                warnings.append(RecordWarning(line: line, column: column, message: "\(what) cell \"\(TextTools.trimmed(text))\" is not a figure"))
            }
            return nil
        case .empty: return nil
        }
    }

    /// One cell's figure into the mention, by the column's role.
    private mutating func figure(_ text: String, raw: String, role: ColumnRole?, scale: ExactDecimal?, line: Int, column: Int,
                                 year: Int?, into mention: inout Mention) {
        switch role {
        case .budget, .disbursed: Self.amountsInWords(text, line: line, column: column, into: &mention)
        default: break
        }
        switch role {
        case .budget(let columnYear):
            let figure = CellFigure.readMoney(text, scale: scale)
            guard let budgetYear = columnYear ?? year else {
                if let amount = figure.amount { mention.budgetForPeriod = Located(amount, raw: raw, line: line, column: column) }
                if case .unreadable(let reason) = figure {
                    unreadable("budget", text: text, reason: reason, line: line, column: column, into: &mention)
                }
                return
            }
            switch figure {
            case .unreadable(let reason):
                unreadable("budget \(budgetYear)", text: text, reason: reason, line: line, column: column, into: &mention)
            case .amount(let value): mention.budgets[budgetYear] = Located(value, raw: raw, line: line, column: column)
            case .dash: mention.budgets[budgetYear] = Located(nil, raw: raw, line: line, column: column)
            case .empty: break
            case .words:
                if FieldLabels.noBudget.contains(where: TextTools.compact(text).includes) {
                    mention.budgets[budgetYear] = Located(.zero, raw: raw, line: line, column: column)
                } else {
                    warnings.append(RecordWarning(line: line, column: column, message: "budget cell \"\(TextTools.trimmed(text))\" is not a figure"))
                }
            }
        case .disbursed:
            mention.disbursed = moneyCell(text, raw: raw, what: "disbursed", scale: scale, line: line, column: column, dash: nil,
                                          wordsWarned: true, into: &mention) ?? mention.disbursed
        case .fundingSource(let source):
            if let amount = moneyCell(text, raw: raw, what: "source \(source)", scale: scale, line: line, column: column, dash: .zero,
                                      into: &mention) { mention.fundingSources[source] = amount }
        case .plannedBudget:
            mention.plannedBudget = moneyCell(text, raw: raw, what: "planned budget", scale: scale, line: line, column: column, dash: .zero,
                                              into: &mention) ?? mention.plannedBudget
        case .quarterDisbursed(let quarter):
            // `-`: nothing disbursed that quarter.
            mention.quarterDisbursed[quarter] = moneyCell(text, raw: raw, what: "disbursed quarter \(quarter)", scale: scale, line: line, column: column,
                                                          dash: .zero, into: &mention) ?? mention.quarterDisbursed[quarter]
        case .remaining:
            // `-` where nothing was budgeted: nothing remains, and a total row's remaining adds it as zero.
            mention.remaining = moneyCell(text, raw: raw, what: "remaining", scale: scale, line: line, column: column, dash: .zero,
                                          into: &mention) ?? mention.remaining
        case .disbursedPercent:
            switch CellFigure.readPercent(text) {
            case .amount(let value): mention.disbursedPercent = Located(value, raw: raw, line: line, column: column)
            case .unreadable(let reason): unreadable("disbursed percent", text: text, reason: reason, line: line, column: column, into: &mention)
            default: break
            }
        case .responsible:
            let value = TextTools.trimmed(text)
            if !value.isEmpty { mention.responsible = value }
        default:
            break
        }
    }

    /// `๔,๕๐๐ บาท (ห้าพันสี่ร้อยบาทถ้วน)` in a cell: the figure and its words, for the amount-in-words check.
    static func amountsInWords(_ text: String, line: Int, column: Int, into mention: inout Mention) {
        // Words stand in brackets after บาท: most cells have neither, and are not scanned again.
        guard TextTools.contains(byte: UInt8(ascii: "("), in: text), TextTools.containsBytes(bahtBytes, in: text) else { return }
        let bytes = Array(text.utf8)
        for token in LexicalScanner.scan(text) {
            guard case .money(let amount, let words?) = token.value else { continue }
            let wordText = String(decoding: bytes[words.span.start.offset..<words.span.end.offset], as: UTF8.self)
            mention.amountsInWords.append(AmountInWords(
                figure: Located(amount, raw: token.raw(in: bytes), line: line, column: column + token.span.start.column - 1),
                words: Located(words.amount, raw: wordText, line: line, column: column + words.span.start.column - 1)))
        }
    }

    private static let bahtBytes = Array("บาท".utf8)

    /// A cell whose figure is no number as written: kept as written, with a warning, and never as a value.
    private mutating func unreadable(_ what: String, text: String, reason: String, line: Int, column: Int,
                                     into mention: inout Mention) {
        let written = TextTools.trimmed(text)
        mention.unreadable.append(Located(what, raw: written, line: line, column: column))
        warnings.append(RecordWarning(line: line, column: column, message: "\(what) cell \"\(written)\" is not a figure as written (\(reason))", figure: written))
    }

    /// `sole`: the table's only total row, which totals the whole table however it is worded (a year table's
    /// `รวม` under rows of every dimension is no subtotal of the last row's dimension).
    /// A row's text as evidence shows it (cells joined by spaces, on one line), and where each cell starts in it.
    static func rowText(_ row: TableRow) -> (text: String, cellStarts: [Int]) {
        let texts = row.cells.map { TextTools.newlinesAsSpaces($0.text) }
        var starts: [Int] = []
        var offset = 0
        for text in texts {
            starts.append(offset)
            offset += text.utf8.count + 1
        }
        return (texts.joined(separator: " "), starts)
    }

    /// A summary per dimension (`มิติ | จำนวนโครงการ | ปี ๒๕๖๘ (บาท) | …`): each dimension's row states how many
    /// projects it has and its budget for each year (a subtotal of that dimension, though the projects stand in
    /// other tables); its total row states the plan's. Nothing here is a project.
    private mutating func readDimensionSummary(_ table: Table, roles: [ColumnRole?], dimensionColumn: Int, index: Int, year: Int?) {
        let countColumn = table.header.firstIndex { label in ColumnWords.countColumns.contains(where: TextTools.compact(label).includes) }
        for (rowIndex, row) in table.rows.enumerated() where row.kind == .body || row.kind == .total {
            let (rowText, cellStarts) = Self.rowText(row)
            let dimension = row.kind == .body && dimensionColumn < row.cells.count
                ? RowContext.dimensionKey(row.cells[dimensionColumn].text) : nil
            guard row.kind == .total || dimension != nil else { continue }
            let before = declared.count
            defer {
                for declaredIndex in before..<declared.count {
                    declared[declaredIndex].rowLine = row.source.line
                    declared[declaredIndex].row = rowIndex
                }
            }
            if let countColumn, countColumn < row.cells.count, case .amount(let count) = CellFigure.read(TextTools.trimmed(row.cells[countColumn].text)) {
                let cell = row.cells[countColumn]
                // Counted against the document's items of that dimension (or all of them), not this table's rows.
                declared.append(DeclaredTotal(what: .projectCount, value: Located(count, raw: cell.rawText, source: cell.figureSource),
                                              context: rowText, dimension: dimension, unit: "โครงการ"))
            }
            for (column, cell) in row.cells.enumerated() where column < roles.count {
                // A dimension's budget of a year, and what it spent (`มิติ | งบประมาณ | เบิกจ่าย`): the total row's
                // disbursement is the document's, its rows' each a dimension's.
                let what: DeclaredTotal.What
                let figureYear: Int?
                switch roles[column] {
                case .budget(let columnYear):
                    guard let known = columnYear ?? year else { continue }
                    what = row.kind == .total ? .grandTotal : .subtotal
                    figureYear = known
                case .disbursed:
                    what = .disbursedTotal
                    figureYear = year
                default:
                    continue
                }
                guard case .amount(let value) = CellFigure.readMoney(TextTools.trimmed(cell.text), scale: scale(column)) else { continue }
                // The figure as the row's text shows it, so that evidence marks this cell's and not the first equal one.
                let shown = TextTools.trimmed(cell.text)
                var total = DeclaredTotal(what: what,
                                          value: Located(value, raw: shown, source: cell.figureSource), context: rowText,
                                          dimension: dimension, year: figureYear, table: index, column: roles[column]?.label)
                let leading = cell.text.utf8.prefix { $0 == 0x20 || $0 == 0x0A }.count
                // The cell's own place: the same amount often stands in every year's column.
                total.contextOffset = cellStarts[column] + leading
                declared.append(total)
            }
        }
    }

    /// A summary of statuses (`สถานะการดำเนินงาน | จำนวน (โครงการ) | ร้อยละ`, a status a row): each row states how
    /// many of the document's projects have its status, and their share; its total row how many projects there
    /// are. Stated as a paragraph would state them, of the whole document. False for any other table.
    private mutating func readStatusSummary(_ table: Table) -> Bool {
        let body = table.rows.filter { $0.kind == .body }
        let statuses = body.map { row in
            row.cells.first.flatMap { cell in
                cell.text.utf8.count <= StatusWords.longestStatusCell ? StatusWords.status(in: TextTools.compact(cell.text)) : nil
            }
        }
        guard body.count >= 2, statuses.allSatisfy({ $0 != nil }),
              let countColumn = table.header.indices.dropFirst().first(where: { column in
                  body.allSatisfy { column < $0.cells.count && CellFigure.read($0.cells[column].text).amount?.isInteger == true }
              }) else { return false }
        let percentColumn = table.header.indices.dropFirst().first { $0 != countColumn && ColumnRoles.role(of: table.header[$0]) == .disbursedPercent }
        var bodyIndex = 0
        for row in table.rows where row.kind == .body || row.kind == .total {
            let status = row.kind == .body ? statuses[bodyIndex] : nil
            if row.kind == .body { bodyIndex += 1 }
            guard countColumn < row.cells.count else { continue }
            let (rowText, cellStarts) = Self.rowText(row)
            let cell = row.cells[countColumn]
            if case .amount(let count) = CellFigure.read(cell.text) {
                var total = DeclaredTotal(what: status == nil ? .projectCount : .statusCount,
                                          value: Located(count, raw: TextTools.trimmed(cell.text), source: cell.figureSource),
                                          context: rowText, status: status, unit: "โครงการ")
                total.contextOffset = cellStarts[countColumn]
                declared.append(total)
            }
            if let status, let percentColumn, percentColumn < row.cells.count,
               case .amount(let share) = CellFigure.readPercent(row.cells[percentColumn].text) {
                let shareCell = row.cells[percentColumn]
                var total = DeclaredTotal(what: .statusPercent, value: Located(share, raw: TextTools.trimmed(shareCell.text), source: shareCell.figureSource),
                                          context: rowText, status: status)
                total.contextOffset = cellStarts[percentColumn]
                declared.append(total)
            }
        }
        return true
    }

    /// A dimension heading's count (`มิติที่ ๑ … จำนวน ๒ โครงการ`): how many projects the dimension has, as a line
    /// of the text would state it (the rows it counts stand below it, so no total row's group holds them).
    private mutating func readHeadingCount(_ row: TableRow, dimension: String?) {
        guard let cell = row.cells.first(where: { !$0.isEmpty }) else { return }
        let text = TextTools.trimmed(cell.text)
        let bytes = Array(text.utf8)
        for token in LexicalScanner.scan(text) {
            guard case .count(let count, let classifier) = token.value, ProjectKindWords.countClassifiers.contains(classifier) else { continue }
            var total = DeclaredTotal(what: .projectCount, value: Located(count, raw: token.raw(in: bytes), line: cell.figureSource.line,
                                                                          column: cell.figureSource.column),
                                      context: text, dimension: dimension, unit: classifier)
            total.contextOffset = token.span.start.offset
            declared.append(total)
        }
    }

    /// `ยอดยกไป 35,000 31,000`: the running sum of each money column, carried over a page break.
    private mutating func readCarried(_ row: TableRow, roles: [ColumnRole?], table: Int, year: Int?) {
        let (rowText, cellStarts) = Self.rowText(row)
        for (column, cell) in row.cells.enumerated() where column < roles.count {
            let columnYear: Int?
            switch roles[column] {
            case .budget(let labelled): columnYear = labelled ?? year
            case .disbursed: columnYear = year
            default: continue
            }
            guard case .amount(let value) = CellFigure.readMoney(cell.text, scale: scale(column)) else { continue }
            var total = DeclaredTotal(what: .carriedTotal, value: Located(value, raw: cell.rawText, source: cell.figureSource),
                                      context: rowText, year: columnYear, table: table, column: roles[column]?.label)
            total.rowLine = row.source.line
            total.contextOffset = cellStarts[column]
            declared.append(total)
        }
    }

    private mutating func readTotal(_ row: TableRow, roles: [ColumnRole?], nameColumn: Int, table: Int, year: Int?,
                                    context: RowContext, sole: Bool) {
        let (rowText, cellStarts) = Self.rowText(row)
        let compact = TextTools.compact(rowText)
        let isGrand = sole || compact.includes("ทั้งสิ้น") || compact.includes("รวมทั้งหมด") || compact.includes("ทั้งหมด")
        let scope = isGrand ? nil : context.dimension
        let before = declared.count
        defer { for index in before..<declared.count { declared[index].rowLine = row.source.line } }
        for (column, cell) in row.cells.enumerated() where column < roles.count {
            // Each figure is marked in its own cell, not at an equal one before it (a total row of quarter
            // counts is mostly 1s and 2s).
            let declaredBefore = declared.count
            defer { for index in declaredBefore..<declared.count where declared[index].contextOffset == nil { declared[index].contextOffset = cellStarts[column] } }
            let text = TextTools.trimmed(cell.text)
            guard !text.isEmpty else { continue }
            let label = column < roles.count ? roles[column] : nil
            let figure = label == .disbursedPercent ? CellFigure.readPercent(text) : label.map(Self.holdsBaht) == true ? CellFigure.readMoney(text, scale: scale(column)) : CellFigure.read(text)
            if case .unreadable(let reason) = figure {
                warnings.append(RecordWarning(line: cell.figureSource.line, column: cell.figureSource.column,
                                              message: "total cell \"\(text)\" is not a figure as written (\(reason)); the total is not read", figure: text))
            }
            guard case .amount(let value) = figure else { continue }
            let located = Located(value, raw: cell.rawText, source: cell.figureSource)
            /// The column's total, stated for the row's scope and the column's label.
            func states(_ what: DeclaredTotal.What, year: Int? = year, quarter: Int? = nil) {
                declared.append(DeclaredTotal(what: what, value: located, context: rowText, dimension: scope, year: year,
                                              quarter: quarter, table: table, column: label?.label))
            }
            switch label {
            case .budget(let columnYear): states(isGrand ? .grandTotal : .subtotal, year: columnYear ?? year)
            case .disbursed: states(.disbursedTotal)
            case .remaining: states(.remainingTotal)
            case .disbursedPercent: states(.disbursedPercent)
            case .plannedBudget: states(.plannedBudgetTotal)
            case .fundingSource(let source):
                states(.fundingSourceTotal)
                declared[declared.count - 1].fundingSource = source
            case .quarterDisbursed(let quarter): states(.quarterDisbursedTotal, quarter: quarter)
            case .month(let month):
                var count = DeclaredTotal(what: .monthCount, value: located, context: rowText, dimension: scope, year: year, table: table)
                count.month = month
                declared.append(count)
            case .quarter(let quarter, let columnYear):
                declared.append(DeclaredTotal(what: .quarterCount, value: located, context: rowText, dimension: scope,
                                              year: columnYear ?? year, quarter: quarter, table: table))
            case .status(let status):
                declared.append(DeclaredTotal(what: .statusCount, value: located, context: rowText, dimension: scope,
                                              status: status, table: table))
            default:
                // `จำนวน ๑๔ โครงการ` in the name column: how many projects the group or table has.
                if column == nameColumn || label == .mission || label == .dimension || label == nil || label == .number {
                    for token in LexicalScanner.scan(text) {
                        guard case .count(let count, let classifier) = token.value,
                              ProjectKindWords.countClassifiers.contains(classifier) else { continue }
                        declared.append(DeclaredTotal(what: .projectCount, value: Located(count, raw: cell.rawText, source: cell.figureSource),
                                                      context: rowText, dimension: scope, table: table, unit: classifier))
                    }
                }
            }
        }
    }

}
