import PlanRecords
import ThaiText

/// A grand-total row (`รวมทั้งสิ้น`) against its subtotals and against every row above it.
struct GrandTotalSumRule: FactsRule {
    let id = "grand-total-sum"
    let summary = "A table's grand total against the sum of its subtotals and the sum of all its rows, per year."
    let explanation = """
    For each year column, compares a table's grand total (รวมทั้งสิ้น) with the sum of all the rows above it and, \
    when the table has subtotal rows, with the sum of the subtotals. A grand total that disagrees with both is \
    the likely error and is reported here. One that equals the rows but not the subtotals points at a subtotal, \
    which subtotal-sum reports, so this rule stays quiet. A dash (-) counts as zero. When some items' values \
    could not be aligned (several items in one cell), the rows give only part of the sum: a shortfall is a \
    warning (extraction incomplete); a grand total that disagrees with its own subtotals is still an error.
    """

    func check(_ facts: RecordFacts, _ options: AuditOptions) -> [Finding] {
        let record = facts.record
        let context = facts.totals
        var findings: [Finding] = []
        let money = TotalsContext.money
        for grand in record.declared where grand.what == .grandTotal && grand.table != nil {
            guard !context.group(of: grand).isEmpty else { continue }
            let all = context.estimate(under: grand, year: grand.year)
            let subtotals = context.subtotals(under: grand, year: grand.year)
            let subtotalSum = TotalsContext.sum(subtotals.map(\.value.value))
            let stated = grand.value.value
            let name = "grand total" + (grand.year.map { " for \($0)" } ?? "")
            let matchesRows = TotalsContext.sameMoney(stated, all.sum, options)
            let matchesSubtotals = subtotals.isEmpty || TotalsContext.sameMoney(stated, subtotalSum, options)
            if matchesRows && all.complete { continue }  // a wrong subtotal is subtotal-sum's to report
            var evidence = [TotalsContext.statedEvidence(grand, note: "grand total")]
            evidence += subtotals.map { TotalsContext.statedEvidence($0, note: "subtotal") }
            let rowEvidence = TotalsContext.budgetEvidence(all.counted, year: grand.year)
                + all.unaligned.map(TotalsContext.unknownEvidence)
            let subtotalText = subtotals.isEmpty ? "" : "its \(TotalsContext.count(subtotals.count, "subtotal")) sum to \(money(subtotalSum)) and "
            let rowsText = all.substituted.isEmpty
                ? "its \(TotalsContext.count(all.counted.count, "row")) sum to \(money(all.sum))"
                : "its rows sum to \(money(all.sum)) (taking the stated subtotal for \(TotalsContext.count(all.substituted.count, "group")) whose rows could not all be aligned)"
            if !all.complete {
                let unaligned = TotalsContext.possessive(all.unaligned.count, "item")
                if !matchesSubtotals {
                    findings.append(Finding(
                        rule: id, severity: .error,
                        message: "\(name) states \(money(stated)) but its \(TotalsContext.count(subtotals.count, "subtotal")) sum to \(money(subtotalSum))",
                        evidence: evidence + rowEvidence, expected: TotalsContext.decimal(subtotalSum, like: stated),
                        actual: stated.description,
                        corroboration: "\(unaligned) \(TotalsContext.whyUnknown(all.unaligned)), so the rows (\(money(all.sum)) read) cannot say which is wrong"))
                } else if all.sum > stated, !matchesRows {
                    findings.append(Finding(
                        rule: id, severity: .error,
                        message: "\(name) states \(money(stated)) but \(TotalsContext.count(all.counted.count, "row")) above it already sum to \(money(all.sum)) (\(TotalsContext.count(all.unaligned.count, "item")) more: their \(TotalsContext.whyUnknown(all.unaligned)))",
                        evidence: evidence + rowEvidence, expected: TotalsContext.decimal(all.sum, like: stated),
                        actual: stated.description))
                } else if !matchesRows {
                    findings.append(Finding(
                        rule: id, severity: .warning,
                        message: "extraction incomplete: \(unaligned) \(TotalsContext.whyUnknown(all.unaligned)); the \(name) states \(money(stated)), \(subtotalText)the \(TotalsContext.count(all.counted.count, "row")) read sum to \(money(all.sum))",
                        evidence: evidence + rowEvidence, expected: TotalsContext.decimal(all.sum, like: stated),
                        actual: stated.description))
                }
                continue
            }
            // The grand total disagrees with the rows.
            var corroboration: String?
            if subtotals.isEmpty {
                corroboration = nil
            } else if TotalsContext.sameMoney(subtotalSum, all.sum, options) {
                corroboration = "the subtotals and the rows agree (\(money(all.sum))): the grand total is the likely error"
            } else if matchesSubtotals {
                corroboration = "the grand total is the sum of the subtotals, not of the rows: the subtotals and the grand total agree, so a row's figure may be the one that is wrong or misread (see subtotal-sum)"
            } else {
                corroboration = "the grand total agrees with neither the subtotals (\(money(subtotalSum))) nor the rows (\(money(all.sum))): the grand total is the likely error"
            }
            findings.append(Finding(
                rule: id, severity: .error,
                message: "\(name) states \(money(stated)) but \(subtotalText)\(rowsText)",
                evidence: evidence + rowEvidence, expected: TotalsContext.decimal(all.sum, like: stated),
                actual: stated.description, corroboration: corroboration))
        }
        return findings
    }
}
