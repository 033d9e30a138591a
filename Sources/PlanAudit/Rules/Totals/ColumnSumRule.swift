import PlanRecords
import ThaiText

/// A total row's figure in a money column that no other rule totals (the budget as planned, beside the
/// approved budget; one source of a budget split by source) against the sum of that column over the rows it totals.
struct ColumnSumRule: FactsRule {
    let id = "column-sum"
    let summary = "A total row's budget-as-planned or funding-source figure against the sum of its rows' in the same column."
    let explanation = """
    A status table may give two budgets for the year: as planned (งบประมาณตามแผน) and as approved \
    (งบประมาณที่ได้รับอนุมัติ). The approved one is the budget, held against the rows by subtotal-sum and \
    grand-total-sum; the planned one is held against its own column here, the rows the total row totals summed \
    with a dash (-) as zero. Planned and approved may differ: that is no finding. A budget split by source \
    (เงินงบประมาณ | เงินอุดหนุน | อื่นๆ | รวม) has each source's total held against its column the same way. Rows \
    whose values could not be aligned make a shortfall a warning.
    """

    func check(_ facts: RecordFacts, _ options: AuditOptions) -> [Finding] {
        var findings: [Finding] = []
        let money = TotalsContext.money
        for total in facts.record.declared where total.what == .plannedBudgetTotal || total.what == .fundingSourceTotal {
            let rows = facts.totals.group(of: total).map(\.mention)
            guard !rows.isEmpty else { continue }
            let known = rows.filter(\.figuresKnown)
            // The column's figure of a row: its planned budget, or its amount from the total's source.
            let cell = { (row: Mention) in total.fundingSource.map { row.fundingSources[$0] } ?? row.plannedBudget }
            let what = total.fundingSource.map { "from \($0)" } ?? "budgeted as planned"
            let sum = TotalsContext.sum(known.map { cell($0)?.value ?? .zero })
            let stated = total.value.value
            guard !TotalsContext.sameMoney(sum, stated, options) else { continue }
            let incomplete = known.count < rows.count && sum < stated
            findings.append(Finding(
                rule: id, severity: incomplete ? .warning : .error,
                message: (incomplete ? "extraction incomplete: " : "")
                    + "the total row (line \(total.rowPosition)) states \(money(stated)) \(what) but its \(TotalsContext.count(rows.count, "row")) sum to \(money(sum))",
                evidence: [TotalsContext.statedEvidence(total, note: total.fundingSource == nil ? "planned total" : "source total")]
                    + rows.map { TotalsContext.rowEvidence($0, value: cell($0)?.raw, note: "row") },
                expected: TotalsContext.decimal(sum, like: stated), actual: stated.description))
        }
        return findings
    }
}
