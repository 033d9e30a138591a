import PlanRecords
import ThaiText

/// A year table's total row counting the ticks of a quarter column, against the ticks.
struct QuarterCountRule: FactsRule {
    let id = "quarter-count"
    let summary = "A total row's count of a quarter or month column against the rows that tick it."
    let explanation = """
    A one-year plan table ticks the quarters (ไตรมาส ๑–๔) or months (ต.ค. … ก.ย.) each project runs in, and its \
    total row often states how many projects run in each. This rule counts the rows of the table (of the total row's group) that \
    tick the quarter and compares. Rows whose ticks could not be read (items merged in one cell) make a \
    shortfall a warning (extraction incomplete) rather than an error, and so do rows that mark the quarter with a \
    sign that is no tick as read (`X`, `*`: some plans mark a quarter so, others strike one out); more ticks than \
    stated is always an error.
    """

    func check(_ facts: RecordFacts, _ options: AuditOptions) -> [Finding] {
        let record = facts.record
        let context = facts.totals
        var findings: [Finding] = []
        for total in record.declared where total.what == .quarterCount || total.what == .monthCount {
            guard let period = Period(total), let stated = total.value.value.integerValue else { continue }
            let rows = context.group(of: total).map(\.mention)
            guard !rows.isEmpty else { continue }
            let known = rows.filter { $0.valuesAligned && !$0.quarterCells.isEmpty }
            let ticked = known.filter { period.isTicked(in: $0, year: total.year) }
            let unknown = rows.count - known.count
            guard ticked.count != stated else { continue }
            let table = record.tables.first { $0.index == total.table }
            let year = total.year.map { "the \($0) table" } ?? "table \((total.table ?? 0) + 1)"
            let group = total.dimension.map { " for " + TotalsContext.dimensionName($0) } ?? ""
            let where_ = "the total row\(group) of \(year)" + (table.map { " (line \($0.line))" } ?? "")
            var evidence = [TotalsContext.statedEvidence(total)]
            evidence += ticked.map { mention in
                let cell = period.cell(of: mention)
                let tick = cell.map { TotalsContext.shown($0.raw) }
                return Evidence(line: cell?.line ?? mention.line, column: cell?.column ?? mention.column,
                                text: TotalsContext.rowText(mention, showing: tick), value: tick, note: "ticks \(period.name)")
            }
            // Marks in the period's cells that are no tick as read (`X`, `*`): they may be what the total counts.
            let unread = known.filter { mention in
                guard !period.isTicked(in: mention, year: total.year), let cell = period.cell(of: mention) else { return false }
                let mark = TotalsContext.shown(cell.raw)
                return !mark.isEmpty && mark != "-"
            }
            if stated > ticked.count, stated <= ticked.count + unread.count {
                let marks = Set(unread.compactMap { period.cell(of: $0).map { TotalsContext.shown($0.raw) } }).sorted()
                evidence += unread.map { mention in
                    let cell = period.cell(of: mention)!
                    let mark = TotalsContext.shown(cell.raw)
                    return Evidence(line: cell.line, column: cell.column, text: TotalsContext.rowText(mention, showing: mark),
                                    value: mark, note: "mark not read as a tick")
                }
                findings.append(Finding(
                    rule: id, severity: .warning,
                    message: "\(where_) states \(stated) in \(period.name) and \(TotalsContext.count(ticked.count, "row")) \(ticked.count == 1 ? "ticks" : "tick") it; \(TotalsContext.count(unread.count, "row")) \(unread.count == 1 ? "marks" : "mark") the \(period.kind) with a sign that is no tick as read (\(marks.joined(separator: ", ")))",
                    evidence: evidence, expected: String(ticked.count), actual: String(stated)))
                continue
            }
            if stated > ticked.count, stated <= ticked.count + unknown {
                findings.append(Finding(
                    rule: id, severity: .warning,
                    message: "extraction incomplete: \(where_) states \(stated) in \(period.name) and \(ticked.count) rows read tick it; \(TotalsContext.count(unknown, "item"))' values could not be aligned",
                    evidence: evidence, expected: String(ticked.count), actual: String(stated)))
                continue
            }
            findings.append(Finding(
                rule: id, severity: .error,
                message: "\(where_) states \(stated) \(stated == 1 ? "project" : "projects") in \(period.name) but \(ticked.count) of its \(rows.count) rows tick that \(period.kind)",
                evidence: evidence, expected: String(ticked.count), actual: String(stated)))
        }
        return findings
    }

    /// What a total row's count counts: a quarter's ticks, or a month's in a schedule drawn month by month.
    struct Period {
        let quarter: Int?
        let month: Int?

        init?(_ total: DeclaredTotal) {
            quarter = total.what == .quarterCount ? total.quarter : nil
            month = total.what == .monthCount ? total.month : nil
            if quarter == nil && month == nil { return nil }
        }

        var kind: String { month == nil ? "quarter" : "month" }
        /// `quarter 2`, `month 2 (พ.ย.)`.
        var name: String {
            if let month, (1...12).contains(month) {
                // Fiscal month 1 is October, the calendar's tenth.
                return "month \(month) (\(CalendarWords.monthAbbreviations[(month + 8) % 12]))"
            }
            return "quarter \(quarter ?? 0)"
        }

        func isTicked(in mention: Mention, year: Int?) -> Bool {
            if let month { return mention.months.contains(month) }
            return mention.quarters(in: year).contains(quarter ?? 0)
        }

        func cell(of mention: Mention) -> Located<Bool>? {
            if let month {
                guard mention.quarterCells.count == 12, (1...12).contains(month) else { return nil }
                return mention.quarterCells[month - 1]
            }
            return QuarterCountRule.cell(mention, quarter: quarter ?? 0)
        }
    }

    /// The tick cell of `quarter`, when the row's cells are one per quarter in order.
    static func cell(_ mention: Mention, quarter: Int) -> Located<Bool>? {
        guard quarter >= 1, quarter <= mention.quarterCells.count, mention.quarterCells.count == 4 else { return nil }
        return mention.quarterCells[quarter - 1]
    }
}
