import PlanRecords
import ThaiText

/// `ยอดยกไป` at a page's foot and `ยอดยกมา` at the next page's top against the rows above them.
struct CarriedSumRule: FactsRule {
    let id = "carried-sum"
    let summary = "A running sum carried over a page break (ยอดยกไป, ยอดยกมา) against the rows above it."
    let explanation = """
    A table that runs over pages often closes each page with the running sum of its money columns (ยอดยกไป) and \
    opens the next with it again (ยอดยกมา). Each is held against the sum of the table's rows above it, column by \
    column, for the budget of its year and the disbursement; a table that goes on after a page break under its \
    header in other words counts as one with the table before it. A dash (-) counts as zero. Rows whose values \
    could not be aligned make a shortfall a warning.
    """

    func check(_ facts: RecordFacts, _ options: AuditOptions) -> [Finding] {
        let record = facts.record
        let context = facts.totals
        var findings: [Finding] = []
        let money = TotalsContext.money
        for carried in record.declared where carried.what == .carriedTotal {
            guard let table = carried.table, let place = carried.place else { continue }
            // The rows since the table began: in the tables it is read as one with, after the last whole-table total.
            let tables = context.chain(table)
            let start = tables.flatMap { context.grandPlaces[$0] ?? [] }.filter { $0 < place }.max() ?? .start
            let above = tables.flatMap { context.rows[$0] ?? [] }
                .filter { $0.place > start && $0.place < place }.sorted { $0.place < $1.place }.map(\.mention)
            guard !above.isEmpty else { continue }
            let isDisbursed = carried.column == ColumnRole.disbursed.label
            func value(_ row: Mention) -> ExactDecimal? {
                isDisbursed ? row.disbursed?.value : TotalsContext.budget(of: row, year: carried.year)
            }
            func raw(_ row: Mention) -> String? {
                isDisbursed ? row.disbursed?.raw : TotalsContext.budgetRaw(of: row, year: carried.year)
            }
            let known = above.filter(\.figuresKnown)
            let sum = TotalsContext.sum(known.compactMap(value))
            let stated = carried.value.value
            guard !TotalsContext.sameMoney(sum, stated, options) else { continue }
            let what = isDisbursed ? "disbursed" : "budget" + (carried.year.map { " for \($0)" } ?? "")
            let evidence = [TotalsContext.statedEvidence(carried, note: "carried")]
                + above.map { TotalsContext.rowEvidence($0, value: raw($0), note: "row") }
            let unknown = above.count - known.count
            findings.append(Finding(
                rule: id, severity: unknown > 0 && sum < stated ? .warning : .error,
                message: (unknown > 0 && sum < stated ? "extraction incomplete: " : "")
                    + "the running sum (line \(carried.rowPosition)) carries \(money(stated)) \(what) but the \(TotalsContext.count(above.count, "row")) above it sum to \(money(sum))",
                evidence: evidence, expected: TotalsContext.decimal(sum, like: stated), actual: stated.description))
        }
        return findings
    }
}
