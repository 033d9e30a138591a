import PlanRecords
import ThaiText

/// A row or entry that disburses more than its own budget for the year.
struct DisbursedOverBudgetRule: AuditRule {
    let id = "disbursed-over-budget"
    let summary = "A project whose disbursement is more than its budget for that year, in the same row or entry."
    let explanation = """
    Compares the disbursed amount (เบิกจ่าย) with the budget (งบประมาณ) stated in the same place, a status-table row \
    or a narrative entry, for the year the document reports on. Spending more than the budget needs a transfer \
    or an explanation; more often one of the two figures is mistyped. A budget written as a dash (-, not planned) \
    counts as zero. Rows whose values could not be aligned are not checked, and figures from different places \
    are left to the cross-checks.
    """

    func check(_ record: PlanRecord, _ options: AuditOptions) -> [Finding] {
        var findings: [Finding] = []
        let money = TotalsContext.money
        for project in record.projects {
            for mention in project.mentions where mention.figuresKnown {
                guard let disbursed = mention.disbursed else { continue }
                let year = PercentOfFiguresRule.year(of: mention, record)
                guard let budget = TotalsContext.budget(of: mention, year: year),
                      disbursed.value > budget, !TotalsContext.sameMoney(disbursed.value, budget, options) else { continue }
                let budgetRaw = TotalsContext.shown(TotalsContext.budgetRaw(of: mention, year: year) ?? budget.description)
                let disbursedRaw = TotalsContext.shown(disbursed.raw)
                let budgetLine = year.flatMap { mention.budgets[$0]?.line } ?? mention.line
                let place = mention.table != nil ? "row" : "entry"
                findings.append(Finding(
                    rule: id, severity: .error,
                    message: "\(TotalsContext.rowText(mention)): disbursed \(money(disbursed.value)) is more than its budget \(money(budget))\(year.map { " for \($0)" } ?? "") in the same \(place), by \(money(disbursed.value - budget))",
                    evidence: [
                        Evidence(line: disbursed.line, endLine: disbursed.endLine, column: disbursed.column,
                                 text: TotalsContext.rowText(mention, showing: disbursedRaw), value: disbursedRaw, note: "disbursed"),
                        Evidence(line: budgetLine, column: mention.budgets[year ?? -1]?.column ?? mention.column,
                                 text: TotalsContext.rowText(mention, showing: budgetRaw), value: budgetRaw, note: "budget"),
                    ],
                    expected: TotalsContext.decimal(budget, like: disbursed.value), actual: disbursed.value.description))
            }
        }
        return findings
    }
}
