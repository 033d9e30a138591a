import PlanRecords
import ThaiText

/// A summary per dimension (`มิติ | จำนวนโครงการ | ปี ๒๕๖๘ (บาท) | …`) against the projects the plan lists
/// under each dimension, and its total row against its dimension rows.
struct DimensionSummaryRule: AuditRule {
    let id = "dimension-summary"
    let summary = "A summary table's budget for a dimension and year against that dimension's projects, and its totals (budget, disbursed) against its dimension rows."
    let explanation = """
    Plans often open with a summary per dimension: how many projects each has and its budget for each year, \
    with a total row. The projects themselves stand in other tables. This rule adds up the budgets, for that \
    year, of the projects the document lists under each dimension and holds the summary's figure against the \
    sum (a project with no amount that year counts as 0; a project whose figure could not be read leaves the \
    sum open, and nothing is reported). It also holds the summary's total row against the sum of its dimension \
    rows, the total disbursed as well as the budget. The counts in such a table are checked by stated-count.
    """

    func check(_ record: PlanRecord, _ options: AuditOptions) -> [Finding] {
        // Summary tables: those whose subtotals name a dimension and whose rows are no projects.
        let projectTables = Set(record.projects.flatMap { $0.mentions.compactMap(\.table) })
        let rows = record.declared.filter { total in
            total.what == .subtotal && total.dimension != nil && total.year != nil && total.table.map { !projectTables.contains($0) } ?? false
        }
        let summaryTables = Set(rows.compactMap(\.table))
        var findings: [Finding] = []
        for row in rows {
            if let finding = againstProjects(row, record, options) { findings.append(finding) }
        }
        for grand in record.declared where grand.what == .grandTotal && grand.table.map(summaryTables.contains) ?? false {
            let parts = rows.filter { $0.table == grand.table && $0.year == grand.year }
            guard !parts.isEmpty else { continue }
            let sum = TotalsContext.sum(parts.map(\.value.value))
            guard !TotalsContext.sameMoney(sum, grand.value.value, options) else { continue }
            let year = grand.year.map { " for \($0)" } ?? ""
            findings.append(Finding(
                rule: id, severity: .error,
                message: "the dimension summary's total\(year) states \(TotalsContext.money(grand.value.value)) but its \(TotalsContext.count(parts.count, "dimension row")) sum to \(TotalsContext.money(sum))",
                evidence: [TotalsContext.statedEvidence(grand, note: "total")]
                    + parts.map { TotalsContext.statedEvidence($0, note: TotalsContext.dimensionName($0.dimension!)) },
                expected: TotalsContext.decimal(sum, like: grand.value.value), actual: grand.value.value.description))
        }
        // A report's summary gives each dimension's disbursement too: its total row's against its dimension rows'.
        for total in record.declared where total.what == .disbursedTotal && total.dimension == nil && total.table.map(summaryTables.contains) ?? false {
            let parts = record.declared.filter { $0.what == .disbursedTotal && $0.table == total.table && $0.dimension != nil && $0.year == total.year }
            guard parts.count >= 2 else { continue }
            let sum = TotalsContext.sum(parts.map(\.value.value))
            guard !TotalsContext.sameMoney(sum, total.value.value, options) else { continue }
            // The projects' own disbursements say which side is wrong, when they are all known.
            let projectRows = PercentOfFiguresRule.disbursedRows(record)
            let projectSum = projectRows.allSatisfy(\.figuresKnown) ? TotalsContext.sum(projectRows.compactMap { $0.disbursed?.value }) : nil
            let corroboration = projectSum.flatMap { projects -> String? in
                guard !projectRows.isEmpty, TotalsContext.sameMoney(projects, total.value.value, options) else { return nil }
                return "the \(TotalsContext.count(projectRows.count, "project")) listed disbursed \(TotalsContext.money(projects)), as the total states: a dimension row is the likely error"
            }
            findings.append(Finding(
                rule: id, severity: .error,
                message: "the dimension summary's total disbursed states \(TotalsContext.money(total.value.value)) but its \(TotalsContext.count(parts.count, "dimension row")) sum to \(TotalsContext.money(sum))",
                evidence: [TotalsContext.statedEvidence(total, note: "total disbursed")]
                    + parts.map { TotalsContext.statedEvidence($0, note: "\(TotalsContext.dimensionName($0.dimension!)) disbursed") },
                expected: TotalsContext.decimal(sum, like: total.value.value), actual: total.value.value.description,
                corroboration: corroboration))
        }
        return findings.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// One dimension's budget for a year against its projects' budgets for that year.
    private func againstProjects(_ row: DeclaredTotal, _ record: PlanRecord, _ options: AuditOptions) -> Finding? {
        guard let dimension = row.dimension, let year = row.year else { return nil }
        let projects = record.projects.filter { project in
            project.dimension.map { TotalsContext.sameDimension($0, dimension) } ?? false && project.mentions.contains { $0.table != nil }
        }
        // No projects listed under the dimension, or one whose figures could not be read: nothing to hold it against.
        guard !projects.isEmpty, projects.allSatisfy({ $0.mentions.allSatisfy { $0.figuresKnown } }) else { return nil }
        let budgets = projects.compactMap { $0.budgets[year] }
        let sum = TotalsContext.sum(budgets.map(\.value))
        guard !TotalsContext.sameMoney(sum, row.value.value, options) else { return nil }
        let name = TotalsContext.dimensionName(dimension)
        return Finding(
            rule: id, severity: .error,
            message: "the dimension summary states \(TotalsContext.money(row.value.value)) for \(name) in \(year) but the budgets of its \(TotalsContext.count(projects.count, "project")) for \(year) sum to \(TotalsContext.money(sum))",
            evidence: [TotalsContext.statedEvidence(row, note: "\(name), \(year)")]
                + projects.compactMap { project in
                    // The row the budget was read from, with the figure marked.
                    guard let budget = project.budgets[year] else { return nil }
                    let row = project.mentions.first { $0.line == budget.line } ?? project.mentions[0]
                    return TotalsContext.rowEvidence(row, value: budget.raw, note: "budget \(year)")
                },
            expected: TotalsContext.decimal(sum, like: row.value.value), actual: row.value.value.description)
    }
}
