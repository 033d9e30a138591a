import DocumentReader
import ThaiText

/// ITA scores: indicator scores and tool weights from tables (either orientation), grade bands,
/// and the overall score and grade the text states.
enum ScoreReader {
    /// `kind`: an ITA memo's or report's sentence about the assessment's result states its overall score; a plan's
    /// (`ต้องได้คะแนน ๙๐ คะแนนขึ้นไป`) states a target.
    /// `year`: the document's fiscal year (BE), whose column a table comparing years is read from.
    static func read(_ blocks: [Block], tables: [TableRecord], tokens: BlockTokens, kind: DocumentKind = .unknown, year: Int? = nil) -> ITAScores {
        let reportsResult = kind == .itaAnalysisMemo || kind == .itaMeasuresReport
        var scores = ITAScores()
        var tableIndex = 0
        for (index, block) in blocks.enumerated() {
            if let table = block.table {
                // A sentence read as the table's title (`ได้คะแนนรวม ๗๗.๑๔ คะแนน อยู่ในระดับ B` above the tool
                // table) states scores as a paragraph does; read first, as the text's overall score wins.
                if !block.text.isEmpty { readText(block, tokens: { tokens.tokens(of: index) }, reportsResult: reportsResult, year: year, into: &scores) }
                let roles = tableIndex < tables.count ? tables[tableIndex].roles : []
                tableIndex += 1
                readTable(table, roles: roles, year: scores.year ?? year, into: &scores)
            } else if block.kind != .pageArtefact {
                readText(block, tokens: { tokens.tokens(of: index) }, reportsResult: reportsResult, year: year, into: &scores)
                readIndicatorLines(block, into: &scores)
            }
        }
        return scores
    }

    /// The Buddhist-era year a cell names (`พ.ศ. ๒๕๖๖`, `๒๕๖๖`, `ปีงบประมาณ 2566`), alone.
    private static func year(in text: String) -> Int? {
        let tokens = LexicalScanner.scan(TextTools.trimmed(text))
        guard tokens.count == 1 else { return nil }
        switch tokens[0].value {
        case .year(let year, let era) where era != .twoDigit: return year.be
        case .fiscalYear(let year): return year.be
        default: return nil
        }
    }

    // MARK: Indicator lines

    private static let indicatorBytes = Array(ITAWords.indicatorWord.utf8)

    /// `ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ได้คะแนน ๙๙.๖๕ คะแนน`, `- ตัวชี้วัดที่ ๒ การใช้งบประมาณ ๙๑.๔๘ คะแนน`: an indicator
    /// and its score on a line of running text (a memo typed with spaces, or exported from Word, where a tab made
    /// the same line a table row). Only a line that opens with the indicator and ends with one score.
    private static func readIndicatorLines(_ block: Block, into scores: inout ITAScores) {
        guard TextTools.containsBytes(indicatorBytes, in: block.text) else { return }
        for (offset, line) in TextTools.lines(block.text).enumerated() {
            let body = TextTools.droppingMarker(line)
            guard body.utf8.starts(with: indicatorBytes) else { continue }
            let text = String(body)
            let bytes = Array(text.utf8)
            let tokens = LexicalScanner.scan(text)
            guard let first = tokens.first, first.span.start.offset == 0, case .ordinal(let number, let of) = first.value,
                  of.startsWith(ITAWords.indicatorWord), !scores.indicators.contains(where: { $0.number == number }) else { continue }
            let figures = tokens.dropFirst().filter { token in
                switch token.value {
                case .number: return true
                case .count(_, let classifier): return classifier == ITAWords.scoreWord
                default: return false
                }
            }
            guard figures.count == 1, let figure = figures.first else { continue }
            let value: ExactDecimal
            switch figure.value {
            case .number(let number): value = number
            case .count(let number, _): value = number
            default: continue
            }
            guard value <= ExactDecimal(100) else { continue }
            // The name: the words between the indicator's number and its score, less `ได้คะแนน` and a colon.
            var name = TextTools.trimmed(String(decoding: bytes[first.span.end.offset..<figure.span.start.offset], as: UTF8.self))
            for filler in ITAWords.indicatorScoreLeads where name.hasSuffix(filler) { name = TextTools.trimmed(String(name.dropLast(filler.count))) }
            let prefix = line.unicodeScalars.count - body.unicodeScalars.count
            let column = figure.column + prefix + (offset == 0 ? block.source.column - 1 : 0)
            let place = block.sourcePosition(ofTextLine: offset, column: column)
            let score = Located(value, raw: figure.raw(in: bytes), line: place.line, column: place.column)
            scores.indicators.append(IndicatorScore(number: number, name: name, score: score))
        }
    }

    // MARK: Tables

    /// The scores' column in a table of indicators headed by years (`ตัวชี้วัด | ปี ๒๕๖๖ | ปี ๒๕๖๗ | เพิ่มขึ้น/ลดลง`, or
    /// `ตัวชี้วัด | ปี ๒๕๖๗`): `year`'s, else the latest year's; nil for any other table.
    static func yearColumn(_ roles: [ColumnRole?], year: Int?) -> Int? {
        guard roles.contains(.indicator), !roles.contains(.score) else { return nil }
        let years = roles.enumerated().compactMap { column, role -> (column: Int, year: Int)? in
            if case .budget(let labelled?) = role { return (column, labelled) }
            return nil
        }
        return (years.first { $0.year == year } ?? years.max { $0.year < $1.year })?.column
    }

    private static func readTable(_ table: Table, roles: [ColumnRole?], year: Int?, into scores: inout ITAScores) {
        // Indicators scored under years: the document's year is read, as if it were the table's only score column.
        var roles = roles
        if let column = yearColumn(roles, year: year) {
            for (index, role) in roles.enumerated() {
                if case .budget = role { roles[index] = index == column ? .score : .remark }
            }
        }
        let toolColumns = table.header.enumerated().compactMap { column, label in tool(in: label).map { (column, $0) } }
        if toolColumns.count >= 2 {
            readToolColumns(table, toolColumns, into: &scores)
            return
        }
        var currentTool: String?
        let toolLevel = toolLevelColumns(table, roles: roles)
        /// The years this table's rows have scored so far (a table comparing the years), and its change column's label.
        var rowYears: [Int] = []
        let changeLabel = roles.firstIndex(of: .change).map { TextTools.compact(table.header[$0]) }
        for row in table.rows where row.kind == .body || row.kind == .total {
            let cells = row.cells
            func cell(_ role: ColumnRole) -> TableCell? {
                roles.firstIndex(of: role).flatMap { $0 < cells.count ? cells[$0] : nil }
            }
            if let toolCell = cell(.tool), let name = tool(in: toolCell.text) {
                currentTool = name
                // The row that names a tool beside its first indicator holds the tool's own figures too, in the
                // columns with one figure per tool (a Word table's cells spanning the tool's indicator rows).
                if !toolLevel.isEmpty, !scores.tools.contains(where: { $0.name == name }) {
                    var toolScore = ToolScore(name: name)
                    for column in toolLevel.sorted() where column < cells.count {
                        switch roles[column] {
                        case .toolScore: toolScore.score = figure(cells[column])
                        case .weight: toolScore.weight = figure(cells[column])
                        case .weightedScore: toolScore.weighted = figure(cells[column])
                        default: break
                        }
                    }
                    if toolScore.score != nil || toolScore.weight != nil { scores.tools.append(toolScore) }
                }
            }
            // Most rows of most tables are no ITA rows: the row's text is joined only when asked.
            lazy var rowText = cells.map(\.text).joined(separator: " ")
            // A tool's row: its weight, score and weighted score. Its name stands in the tool column, else in the
            // first cell that holds more than a number (a `ลำดับ` column's names nothing).
            // In an indicator table, a row that says it is a tool's score (`คะแนน EIT`) is that tool's.
            let nameCell = cell(.tool) ?? cells.first { cell in
                let text = TextTools.trimmed(cell.text)
                return !text.isEmpty && TextTools.leadingInteger(Substring(text)).map { !$0.rest.isEmpty } ?? true
            }
            if let nameCell, let name = tool(in: nameCell.text), !rowText.includes(ITAWords.indicatorWord),
               cell(.indicator) == nil || TextTools.compact(nameCell.text).startsWith(ITAWords.scoreWord) {
                var tool = ToolScore(name: name)
                tool.weight = cell(.weight).flatMap(figure)
                tool.score = cell(.score).flatMap(figure)
                tool.weighted = cell(.weightedScore).flatMap(figure)
                if tool.score != nil || tool.weight != nil, !scores.tools.contains(where: { $0.name == name }) {
                    scores.tools.append(tool)
                }
                continue
            }
            // `ระดับผลการประเมิน | A` under the indicators: the grade, where the text states none.
            // (The grade's cell is looked at first: it turns away every other row without a copy.)
            if scores.grade == nil, let gradeCell = cell(.score) ?? cells.last(where: { !$0.isEmpty }), gradeCell.text.utf8.count <= maxGradeCell,
               case let grade = TextTools.trimmed(gradeCell.text), ITAWords.isGrade(grade),
               let first = nameCell, TextTools.compact(first.text).startsWith(ITAWords.gradeRowLabel) {
                scores.grade = Located(grade, raw: grade, line: gradeCell.figureSource.line, column: gradeCell.figureSource.column)
                continue
            }
            // `เพิ่มขึ้น | ๓.๒๕` under the years' rows: the overall score's change from the other year of the table.
            if !rowYears.isEmpty, let first = nameCell, let scoreCell = cell(.score),
               let (direction, points) = Self.tableChange(label: TextTools.compact(first.text), cell: scoreCell) {
                let others = rowYears.filter { $0 != year }
                scores.changes.append(ScoreChange(direction: direction, points: points, from: others.count == 1 ? others[0] : nil))
                continue
            }
            // `พ.ศ. ๒๕๖๖ | ๘๑.๔๘ | B`: a year's score and grade in a table comparing the years. The document's own
            // year states its overall score and grade again.
            if let scoreCell = cell(.score), let stated = figure(scoreCell), let first = cells.first,
               let rowYear = Self.year(in: first.text) {
                // `พ.ศ. ๒๕๖๗ | ๘๕.๕๐ | A | +๓.๒๕`: a year's change from the row above it (the document's year's is
                // the overall score's).
                if let changeLabel, let changeCell = cell(.change),
                   let (direction, points) = Self.tableChange(label: changeLabel, cell: changeCell) {
                    scores.changes.append(ScoreChange(direction: direction, points: points, from: rowYears.last,
                                                      to: rowYear == year ? nil : rowYear))
                }
                rowYears.append(rowYear)
                let gradeText = cell(.grade).map { TextTools.trimmed($0.text) }
                let grade = gradeText.flatMap { text in ITAWords.isGrade(text) ? text : nil }
                    .map { Located($0, raw: $0, line: cell(.grade)!.figureSource.line, column: cell(.grade)!.figureSource.column) }
                if rowYear == year, scores.overall != nil {
                    scores.restatedOverall.append(stated)
                    if let grade, scores.grade != nil { scores.restatedGrades.append(grade) }
                } else if rowYear != year {
                    Self.add(YearScore(year: rowYear, score: stated, grade: grade), to: &scores)
                }
                continue
            }
            if let band = band(row, roles: roles) {
                if !scores.bands.contains(where: { $0.grade == band.grade }) { scores.bands.append(band) }
                continue
            }
            if roles.contains(.indicator) || cells.contains(where: { $0.text.includes(ITAWords.indicatorWord) }),
               let indicator = indicator(row, roles: roles, tool: currentTool),
               !scores.indicators.contains(where: { $0.number == indicator.number }) {
                scores.indicators.append(indicator)
                continue
            }
            // `คะแนนรวม` row of a tool table: the weighted sum, when the text states no overall score.
            if let weightedCell = cell(.weightedScore) ?? cell(.toolScore),
               row.kind == .total || TextTools.compact(rowText).startsWith("คะแนนรวม"), let weighted = figure(weightedCell) {
                // After the text's statement, the table's total states it again.
                if scores.overall == nil { scores.overall = weighted } else { scores.restatedOverall.append(weighted) }
            }
        }
    }

    /// The columns that hold one figure per tool in a table of indicators (`เครื่องมือ | ตัวชี้วัด | คะแนน | คะแนนเครื่องมือ
    /// | น้ำหนัก`): a tool's score by its label; a weight or weighted score where, under every tool with two indicators or
    /// more, only the row naming the tool has a figure (the others empty, or covered by the tool's spanning cell).
    static func toolLevelColumns(_ table: Table, roles: [ColumnRole?]) -> Set<Int> {
        guard let toolColumn = roles.firstIndex(of: .tool) else { return [] }
        let byLabel = roles.indices.filter { roles[$0] == .toolScore }
        let candidates = roles.indices.filter { roles[$0] == .weight || roles[$0] == .weightedScore }
        // The body rows under each tool, the row naming it first.
        var groups: [[TableRow]] = []
        for row in table.rows where row.kind == .body {
            if toolColumn < row.cells.count, tool(in: row.cells[toolColumn].text) != nil { groups.append([row]) }
            else if !groups.isEmpty { groups[groups.count - 1].append(row) }
        }
        guard groups.contains(where: { $0.count >= 2 }) else { return Set(byLabel) }
        let perTool = candidates.filter { column in
            groups.allSatisfy { group in
                group.dropFirst().allSatisfy { row in column >= row.cells.count || row.cells[column].isEmpty || row.cells[column].coveredBy != nil }
            }
        }
        return Set(byLabel + perTool)
    }

    /// The direction of a table's change row: its label says เพิ่มขึ้น or ลดลง; a label that says both or neither
    /// (`เพิ่มขึ้น/ลดลง`, `ผลต่าง`) takes the figure's sign (`+๓.๒๕`, `-๑.๒๐`), and without one says nothing.
    static func tableChange(label: String, cell: TableCell) -> (ScoreChange.Direction, Located<ExactDecimal>)? {
        guard let direction = tableChange(label: label, figure: TextTools.trimmed(cell.text)), let stated = figure(cell) else { return nil }
        // The points as written, never negative: the direction says which way.
        return (direction, stated.value < .zero ? stated.map { ExactDecimal.zero - $0 } : stated)
    }

    static func tableChange(label: String, figure: String) -> ScoreChange.Direction? {
        guard ITAWords.changeRowOpeners.contains(where: label.startsWith) else { return nil }
        let up = ITAWords.increaseWords.contains(where: label.includes)
        let down = ITAWords.decreaseWords.contains(where: label.includes)
        if up != down { return up ? .up : .down }
        if figure.startsWith("+") { return .up }
        if figure.startsWith("-") || figure.startsWith("−") { return .down }
        return nil
    }

    /// Tools as columns (`คะแนน | แบบ IIT | แบบ EIT | แบบ OIT`): rows of weights and scores.
    private static func readToolColumns(_ table: Table, _ columns: [(Int, String)], into scores: inout ITAScores) {
        for row in table.rows where row.kind == .body || row.kind == .total {
            let label = TextTools.compact(row.cells.first?.text ?? "")
            let isWeight = ITAWords.weightWords.contains(where: label.includes)
            let isScore = !isWeight && label.startsWith("คะแนน") && !label.includes("ย่อย") && !label.includes("รวม")
            guard isWeight || isScore else { continue }
            for (column, name) in columns where column < row.cells.count {
                guard let value = figure(row.cells[column]) else { continue }
                var index = scores.tools.firstIndex { $0.name == name }
                if index == nil { scores.tools.append(ToolScore(name: name)); index = scores.tools.count - 1 }
                if isWeight { scores.tools[index!].weight = value } else { scores.tools[index!].score = value }
            }
        }
    }

    private static func indicator(_ row: TableRow, roles: [ColumnRole?], tool: String?) -> IndicatorScore? {
        var number: Int?
        var name = ""
        var score: Located<ExactDecimal>?
        for (column, cell) in row.cells.enumerated() {
            let role = column < roles.count ? roles[column] : nil
            let text = TextTools.trimmed(cell.text)
            guard !text.isEmpty else { continue }
            // Scanned only while the row's number is still sought (`ตัวชี้วัดที่ ๓`).
            if number == nil, let ordinal = LexicalScanner.scan(text).first(where: { if case .ordinal(_, let of) = $0.value { return of.startsWith(ITAWords.indicatorWord) }; return false }),
               case .ordinal(let value, _) = ordinal.value {
                number = value
                name = TextTools.trimmed(String(decoding: Array(text.utf8)[ordinal.span.end.offset...], as: UTF8.self))
                continue
            }
            if role == .number, number == nil, let (value, rest) = TextTools.leadingInteger(Substring(text)), rest.isEmpty {
                number = value
                continue
            }
            if role == .indicator, name.isEmpty {
                name = String(TextTools.droppingMarker(text))
                if number == nil, let (value, _) = TextTools.leadingInteger(Substring(text)) { number = value }
                continue
            }
            if role == .score || role == nil || score == nil, role != .tool, role != .toolScore, role != .weight, let value = figure(cell) {
                if role == .score || score == nil { score = value }
            }
        }
        guard let number, let score, (0...100).contains(score.value.integerValue ?? Int(score.value.rounded(toPlaces: 0).units)) else { return nil }
        return IndicatorScore(number: number, name: name, score: score, tool: tool)
    }

    /// A cell longer than this (in bytes) holds more than a grade and the spaces around it.
    private static let maxGradeCell = 24

    private static func band(_ row: TableRow, roles: [ColumnRole?]) -> GradeBand? {
        // A band's row has a grade standing alone in a cell; other rows are not scanned for ranges.
        guard row.cells.contains(where: { $0.text.utf8.count <= maxGradeCell && ITAWords.isGrade(TextTools.trimmed($0.text)) }) else { return nil }
        var grade: String?
        var low: ExactDecimal?
        var high: ExactDecimal?
        for (column, cell) in row.cells.enumerated() {
            let role = column < roles.count ? roles[column] : nil
            let text = TextTools.trimmed(cell.text)
            if ITAWords.isGrade(text) { grade = text; continue }
            switch role {
            case .rangeLow: low = CellFigure.read(text).amount
            case .rangeHigh: high = CellFigure.read(text).amount
            default:
                for token in LexicalScanner.scan(text) {
                    if case .range(let from, let to, _) = token.value { low = from; high = to }
                }
            }
        }
        guard let grade, let low else { return nil }
        return GradeBand(grade: grade, low: low, high: high, line: row.source.line)
    }

    /// `IIT` in `แบบ IIT`, `แบบวัด… (IIT)`.
    static func tool(in text: String) -> String? {
        ITAWords.tools.first { text.includes($0) }
    }

    /// The score or weight in a cell: `๙๙.๖๕`, `ได้คะแนน ๙๙.๖๕ คะแนน`, `ร้อยละ ๓๐`, `30%`.
    static func figure(_ cell: TableCell) -> Located<ExactDecimal>? {
        let text = TextTools.trimmed(cell.text)
        for token in LexicalScanner.scan(text) {
            switch token.value {
            case .number(let value), .percent(let value, nil):
                return Located(value, raw: text, source: cell.source)
            case .count(let value, let classifier) where classifier == "คะแนน":
                return Located(value, raw: text, source: cell.source)
            default: continue
            }
        }
        return nil
    }

    // MARK: Text

    private static let scoreWord = Array(ITAWords.scoreWord.utf8)
    private static let gradeWord = Array("ระดับ".utf8)
    /// Without `คะแนน` a block's figures are plain numbers and percentages: a score only after an overall phrase
    /// (`ผลการประเมินได้ ๘๕.๕๐`, `ภาพรวม…`), a weight after `น้ำหนัก`, a tool worked out after `=`; its grade only in a
    /// sentence about the assessment's result. (All are compared without spaces, as the statements are read.)
    private static let withoutScoreWordLeads = [ITAWords.scoreWord, "ผลการประเมิน", "ภาพรวม", "น้ำหนัก", "="].map { Array($0.utf8) }

    /// `ได้คะแนนรวม ๘๙.๔๕ คะแนน อยู่ในระดับ A`, `(IIT) ได้ ๘๙.๕๐ คะแนน`.
    private static func readText(_ block: Block, tokens: () -> [Token], reportsResult: Bool, year documentYear: Int?, into scores: inout ITAScores) {
        let text = block.text
        // A block states a score or a grade when it says `คะแนน`, or `ระดับ` with one of the leads above. `ระดับ`
        // alone says nothing: plans say `ยกระดับ` in most paragraphs, and their figures need not be walked.
        if !TextTools.containsBytes(scoreWord, in: text) {
            guard TextTools.containsBytes(gradeWord, in: text), TextTools.containsAnyCompacted(withoutScoreWordLeads, in: text) else { return }
        }
        // Other years are told from the year assessed: the one named with the first overall score (a measures
        // report of 2568 states the assessment of 2567), else the document's.
        var year = scores.year ?? documentYear
        lazy var compact = TextTools.compact(text)
        let bytes = Array(text.utf8)
        // The tool whose score this block stated last, and whether its weight followed: `(IIT) ได้คะแนน
        // ๙๒.๔๐ คะแนน (น้ำหนักร้อยละ ๓๐ คิดเป็น ๒๗.๗๒ คะแนน)`.
        var lastTool: (index: Int, weighed: Bool)?
        // A tool's score worked out on a line of its own (`IIT = ๘๔.๓๐ × ๐.๓๐ = ๒๕.๒๙ คะแนน`): the tool, and
        // whether its weight has been read.
        var formula: (index: Int, weighed: Bool)?
        for (position, token) in tokens().enumerated() {
            let value: ExactDecimal
            switch token.value {
            case .number(let number): value = number
            case .count(let number, let classifier) where classifier == "คะแนน": value = number
            case .percent(let number, comparator: nil):
                let before = TextTools.compactBefore(bytes, offset: token.span.start.offset, window: 60)
                let near = String(TextTools.suffix(before, characters: 12))
                guard ITAWords.weightWords.contains(where: near.includes) else { continue }
                var named: Int?
                if let name = tool(in: near) {
                    named = scores.tools.firstIndex { $0.name == name }
                    if named == nil { scores.tools.append(ToolScore(name: name)); named = scores.tools.count - 1 }
                }
                guard let index = named ?? lastTool?.index, scores.tools[index].weight == nil else { continue }
                scores.tools[index].weight = Located(number, raw: token.raw(in: bytes), line: token.line, column: token.column)
                lastTool = (index, true)
                continue
            default: continue
            }
            let before = TextTools.compactBefore(bytes, offset: token.span.start.offset)
            let clause = String(TextTools.suffix(before, characters: 40))
            let located = Located(value, raw: token.raw(in: bytes), line: token.line, column: token.column)
            let next = Self.byte(after: token.span.end.offset, in: bytes)
            if let (index, weighed) = formula {
                if !weighed, ITAWords.timesSigns.contains(where: clause.endsWith) {
                    if scores.tools[index].weight == nil { scores.tools[index].weight = located }
                    formula = (index, true)
                    continue
                }
                formula = nil
                if weighed, clause.endsWith("=") {
                    if scores.tools[index].weighted == nil { scores.tools[index].weighted = located }
                    continue
                }
            }
            if clause.endsWith("="), let name = tool(in: String(TextTools.suffix(clause, characters: 6))),
               let sign = next, ITAWords.timesSigns.contains(where: { $0.utf8.first == sign }) {
                var index = scores.tools.firstIndex { $0.name == name }
                if index == nil { scores.tools.append(ToolScore(name: name)); index = scores.tools.count - 1 }
                if scores.tools[index!].score == nil { scores.tools[index!].score = located }
                formula = (index!, false)
                continue
            }
            // A term of a sum written out (`คะแนนรวม = ๒๕.๒๙ + ๒๓.๙๔ + ๓๐.๔๖ = ๗๙.๖๙`) states no score of its own.
            if clause.endsWith("+") || next == UInt8(ascii: "+") { continue }
            // `เพิ่มขึ้นจากปี ๒๕๖๖ จำนวน ๓.๒๕ คะแนน`: the overall score's change, before `คะแนนรวมเพิ่มขึ้น …` is taken
            // for the overall score itself.
            if reportsResult, case .count = token.value, let direction = Self.change(before: clause) {
                let from = Self.otherYear(tokens(), line: token.line, near: token.column, year: year)
                scores.changes.append(ScoreChange(direction: direction, points: located, from: from))
                continue
            }
            // The weighted score right after a tool's weight: `น้ำหนักร้อยละ ๓๐ คิดเป็น ๒๗.๗๒ คะแนน`.
            if let (index, weighed) = lastTool, weighed, case .count = token.value,
               ITAWords.weightedLeads.contains(where: { TextTools.suffix(clause, characters: 10).endsWith($0) }) {
                if scores.tools[index].weighted == nil { scores.tools[index].weighted = located }
                lastTool = nil
                continue
            }
            if ITAWords.overallPhrases.contains(where: { TextTools.suffix(clause, characters: 20).includes($0) }) {
                guard let first = scores.overall else {
                    scores.overall = located
                    scores.year = Self.yearBefore(position, in: tokens()) ?? documentYear
                    year = scores.year
                    continue
                }
                // Said again (`… ได้คะแนนรวม ๙๐.๑๙ คะแนน` in the conclusion), unless of another year: that year's score
                // (`เมื่อเทียบกับปี ๒๕๖๖ ได้คะแนนรวม ๗๘.๔๕ คะแนน`).
                guard (first.line, first.column) != (located.line, located.column) else { continue }
                if let other = Self.anotherYear(tokens(), line: token.line, before: token.column, year: year) {
                    Self.add(YearScore(year: other, score: located), to: &scores)
                } else {
                    scores.restatedOverall.append(located)
                }
                continue
            }
            // A tool named just before its score: `(IIT) ได้ ๘๙.๕๐ คะแนน`.
            let near = String(TextTools.suffix(before, characters: 12))
            // In a sentence about the assessment's result, `ได้คะแนน ๙๓.๓๕ คะแนน` with no tool or indicator named
            // states the overall score: first, said again, or another year's when that year stands just before
            // (`… พ.ศ. ๒๕๖๖ ที่ได้ ๙๑.๐๔ คะแนน`).
            if reportsResult, case .count = token.value, tool(in: clause) == nil, !clause.includes(ITAWords.indicatorWord),
               ITAWords.assessmentWords.contains(where: compact.includes) {
                let scored = ITAWords.scoredWords.contains { word in clause.endsWith(word) && !ITAWords.targetWords.contains { clause.endsWith($0 + word) } }
                // (The first such statement is the overall score, whatever year it names.)
                if scores.overall != nil, scored || ITAWords.pastScoredWords.contains(where: clause.endsWith),
                   let other = Self.yearBefore(position, in: tokens(), within: 90), other != year {
                    Self.add(YearScore(year: other, score: located), to: &scores)
                    continue
                }
                if scored {
                    if scores.overall == nil {
                        scores.overall = located
                        scores.year = Self.yearBefore(position, in: tokens()) ?? documentYear
                        year = scores.year
                    } else {
                        scores.restatedOverall.append(located)
                    }
                    continue
                }
            }
            if let name = tool(in: near), case .count = token.value {
                if let index = scores.tools.firstIndex(where: { $0.name == name }) {
                    if scores.tools[index].score == nil { scores.tools[index].score = located }
                    lastTool = (index, scores.tools[index].weight?.line == token.line)
                } else {
                    scores.tools.append(ToolScore(name: name, score: located))
                    lastTool = (scores.tools.count - 1, false)
                }
            }
        }
        let restatesOverall = scores.restatedOverall.last.map { $0.line >= block.source.line && $0.line <= block.source.endLine } ?? false
        let statesOverall = scores.overall.map { $0.line >= block.source.line && $0.line <= block.source.endLine } ?? false
        if statesOverall || restatesOverall || compact.includes("ผลการประเมิน") && compact.includes("อยู่ในระดับ") {
            if scores.grade == nil {
                grade(in: text, block: block, into: &scores)
            } else if let first = scores.grade {
                // Said again in a later paragraph (`… อยู่ในระดับ A`), of the same year.
                var again = ITAScores()
                grade(in: text, block: block, into: &again)
                if let restated = again.grade, (restated.line, restated.column) != (first.line, first.column),
                   !Self.namesAnotherYear(tokens(), line: restated.line, before: restated.column, year: year) {
                    scores.restatedGrades.append(restated)
                }
            }
        }
    }

    /// The direction of a change said just before a figure: `…เพิ่มขึ้นจากปี๒๕๖๖จำนวน` (compact), where only
    /// the year compared with and filler words stand between the change word and the figure. Not a tool's or an
    /// indicator's change, which the overall score says nothing of.
    static func change(before clause: String) -> ScoreChange.Direction? {
        var found: (String.Index, ScoreChange.Direction)?
        for (words, direction) in [(ITAWords.increaseWords, ScoreChange.Direction.up), (ITAWords.decreaseWords, .down)] {
            for word in words {
                var rest = clause[...]
                while let range = TextTools.characterRange(of: Array(word.utf8), in: rest) {
                    if found == nil || range.upperBound > found!.0 { found = (range.upperBound, direction) }
                    rest = rest[range.upperBound...]
                }
            }
        }
        guard let (end, direction) = found else { return nil }
        let head = clause[..<end]
        guard tool(in: String(head)) == nil, !head.includes(ITAWords.indicatorWord) else { return nil }
        var rest = Substring(clause[end...]).filter { !($0.isNumber || $0 == ".") }[...]
        var progressed = true
        while !rest.isEmpty, progressed {
            progressed = false
            for filler in ITAWords.changeFillers where rest.hasPrefix(filler) {
                rest = rest.dropFirst(filler.count)
                progressed = true
                break
            }
        }
        return rest.isEmpty ? direction : nil
    }

    /// The year nearest `column` on `line` that is not the document's: the year a change is counted from.
    private static func otherYear(_ tokens: [Token], line: Int, near column: Int, year: Int?) -> Int? {
        var best: (distance: Int, year: Int)?
        for other in tokens where other.line == line {
            guard let stated = other.value.namedYear, stated != year else { continue }
            let distance = abs(other.column - column)
            if best == nil || distance < best!.distance { best = (distance, stated) }
        }
        return best?.year
    }

    /// Another year's score: said again alike (a sentence, then a table comparing the years), it is one score
    /// and lends its grade; said differently, both are kept for the checker to hold against each other.
    private static func add(_ past: YearScore, to scores: inout ITAScores) {
        if let index = scores.yearScores.firstIndex(where: { $0.year == past.year && $0.score.value == past.score.value }) {
            if scores.yearScores[index].grade == nil { scores.yearScores[index].grade = past.grade }
        } else {
            scores.yearScores.append(past)
        }
    }

    /// The first byte after `offset` that is not a space.
    private static func byte(after offset: Int, in bytes: [UInt8]) -> UInt8? {
        var index = offset
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        return index < bytes.count ? bytes[index] : nil
    }

    /// The last year named before the token at `position` on its line, within `within` bytes of it when given
    /// (`ปีงบประมาณ พ.ศ. ๒๕๖๖ ได้คะแนน ๘๔.๗๘`: the year a score is stated for). Walked back from the token.
    private static func yearBefore(_ position: Int, in tokens: [Token], within: Int? = nil) -> Int? {
        let token = tokens[position]
        var index = position - 1
        while index >= 0, tokens[index].line == token.line {
            let other = tokens[index]
            if let within, token.span.start.offset - other.span.end.offset > within { return nil }
            if let year = other.value.namedYear { return year }
            index -= 1
        }
        return nil
    }

    /// A year other than the document's standing on `line` before `column` (the last of them): a score or grade
    /// stated for another year (`เมื่อเทียบกับปี ๒๕๖๖ ได้คะแนนรวม …`) is no restatement of this year's.
    private static func anotherYear(_ tokens: [Token], line: Int, before column: Int, year: Int?) -> Int? {
        guard let year else { return nil }
        var found: Int?
        for other in tokens where other.line == line && other.column < column {
            if let stated = other.value.namedYear, stated != year { found = stated }
        }
        return found
    }

    private static func namesAnotherYear(_ tokens: [Token], line: Int, before column: Int, year: Int?) -> Bool {
        anotherYear(tokens, line: line, before: column, year: year) != nil
    }

    private static func grade(in text: String, block: Block, into scores: inout ITAScores) {
        for word in ITAWords.gradeWords {
            var rest = Substring(text)
            while let range = TextTools.characterRange(of: Array(word.utf8), in: rest) {
                let after = rest[range.upperBound...].drop { $0 == " " }
                let letters = after.prefix { $0.isASCII && $0.isLetter }
                if ITAWords.isGrade(String(letters)) {
                    // On its own text line of the block (a wrapped paragraph), counted from that line's start.
                    let before = text[..<after.startIndex]
                    let lineIndex = before.utf8.count { $0 == 0x0A }
                    let lineStart = before.utf8.lastIndex(of: 0x0A).map { before.utf8.index(after: $0) } ?? before.startIndex
                    let column = TextTools.scalarCount(text[lineStart..<after.startIndex]) + (lineIndex == 0 ? block.source.column : 1)
                    let place = block.sourcePosition(ofTextLine: lineIndex, column: column)
                    scores.grade = Located(String(letters), raw: String(letters), line: place.line, column: place.column)
                    return
                }
                rest = rest[range.upperBound...]
            }
        }
    }
}
