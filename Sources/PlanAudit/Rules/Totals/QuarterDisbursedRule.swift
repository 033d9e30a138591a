import PlanRecords
import ThaiText

/// A table of what was disbursed each quarter (`ไตรมาสที่ ๑ … ไตรมาสที่ ๔ | รวมเบิกจ่าย`): each row's quarters
/// against its disbursement, and each quarter's total row against its rows.
struct QuarterDisbursedRule: FactsRule {
    let id = "quarter-disbursed"
    let summary = "Quarterly disbursements against the row's disbursement, and a quarter's total against its rows."
    let explanation = """
    A disbursement table may split each row's spending by quarter. A row's quarters (a dash counts as zero) must add \
    up to its disbursement column, and a total row's figure in a quarter's column must be the sum of that quarter \
    over the rows it totals. Rows whose values could not be aligned are left out, and make a shortfall a warning.
    """

    func check(_ facts: RecordFacts, _ options: AuditOptions) -> [Finding] {
        var findings: [Finding] = []
        let money = TotalsContext.money
        for project in facts.record.projects {
            for mention in project.mentions where mention.figuresKnown && !mention.quarterDisbursed.isEmpty {
                guard let disbursed = mention.disbursed else { continue }
                let quarters = mention.quarterDisbursed.keys.sorted()
                let sum = TotalsContext.sum(quarters.map { mention.quarterDisbursed[$0]?.value ?? .zero })
                guard !TotalsContext.sameMoney(sum, disbursed.value, options) else { continue }
                let parts = quarters.map { "Q\($0) \(money(mention.quarterDisbursed[$0]?.value ?? .zero))" }.joined(separator: " + ")
                let evidence = [RowArithmeticRule.placed(mention, (disbursed.line, disbursed.column), TotalsContext.shown(disbursed.raw), "stated disbursed")]
                    + quarters.compactMap { quarter in
                        mention.quarterDisbursed[quarter].map {
                            RowArithmeticRule.placed(mention, ($0.line, $0.column), TotalsContext.shown($0.raw), "quarter \(quarter)")
                        }
                    }
                findings.append(Finding(
                    rule: id, severity: .error,
                    message: "\(TotalsContext.rowText(mention)): states \(money(disbursed.value)) disbursed but its quarters \(parts) = \(money(sum))",
                    evidence: evidence, expected: TotalsContext.decimal(sum, like: disbursed.value), actual: disbursed.value.description))
            }
        }
        for total in facts.record.declared where total.what == .quarterDisbursedTotal {
            guard let quarter = total.quarter else { continue }
            let rows = facts.totals.group(of: total).map(\.mention)
            guard !rows.isEmpty else { continue }
            let known = rows.filter(\.figuresKnown)
            let sum = TotalsContext.sum(known.map { $0.quarterDisbursed[quarter]?.value ?? .zero })
            let stated = total.value.value
            guard !TotalsContext.sameMoney(sum, stated, options) else { continue }
            let incomplete = known.count < rows.count && sum < stated
            let evidence = [TotalsContext.statedEvidence(total, note: "quarter \(quarter) total")]
                + rows.map { TotalsContext.rowEvidence($0, value: $0.quarterDisbursed[quarter]?.raw, note: "row") }
            findings.append(Finding(
                rule: id, severity: incomplete ? .warning : .error,
                message: (incomplete ? "extraction incomplete: " : "")
                    + "the total row (line \(total.rowPosition)) states \(money(stated)) disbursed in quarter \(quarter) but its \(TotalsContext.count(rows.count, "row")) sum to \(money(sum))",
                evidence: evidence, expected: TotalsContext.decimal(sum, like: stated), actual: stated.description))
        }
        return findings
    }
}
