import PlanRecords
import ThaiText

/// A subtotal row (`รวม … ๖๐,๐๐๐ บาท`) against the budgets of the rows it totals, year by year.
struct SubtotalSumRule: FactsRule {
    let id = "subtotal-sum"
    let summary = "A table's subtotal row against the sum of its rows' budgets for each year column."
    let explanation = """
    Adds the budgets of the rows a subtotal row totals (the rows of its table between the previous total row \
    and it, within its dimension) for each year column, and compares the sum with the subtotal. A dash (-, not \
    planned that year) counts as zero. When they differ, the grand total below is consulted: if it equals the \
    sum of all rows but not the sum of the subtotals, the subtotal is the likely error. When some items of the \
    group share one cell and their values could not be aligned, the rows read give only part of the sum: a \
    shortfall is reported as a warning (extraction incomplete), never as an error.
    """

    func check(_ facts: RecordFacts, _ options: AuditOptions) -> [Finding] {
        let record = facts.record
        let context = facts.totals
        var findings: [Finding] = []
        var warned: [Int: Int] = [:]
        for total in record.declared where total.what == .subtotal && total.table != nil {
            let rows = context.group(of: total)
            guard !rows.isEmpty else { continue }
            let sum = TotalsContext.budgets(of: rows, year: total.year)
            let stated = total.value.value
            if TotalsContext.sameMoney(sum.sum, stated, options) { continue }
            let scope = TotalsContext.scope(dimension: total.dimension, year: total.year)
            let name = "subtotal" + (scope.isEmpty ? "" : " for \(scope)")
            var evidence = [TotalsContext.statedEvidence(total, note: "subtotal")]
            evidence += TotalsContext.budgetEvidence(sum.counted, year: total.year)
            let expected = TotalsContext.decimal(sum.sum, like: stated)
            if !sum.complete {
                evidence += sum.unaligned.map(TotalsContext.unknownEvidence)
                let unaligned = TotalsContext.possessive(sum.unaligned.count, "item")
                if sum.sum < stated {
                    // One warning per subtotal row, whatever the number of year columns.
                    if let index = warned[total.line] {
                        findings[index].message += "; \(total.year.map(String.init) ?? "another column"): states \(TotalsContext.money(stated)), rows read \(TotalsContext.money(sum.sum))"
                        findings[index].evidence.append(TotalsContext.statedEvidence(total, note: "subtotal"))
                        findings[index].expected = nil
                        findings[index].actual = nil
                        continue
                    }
                    warned[total.line] = findings.count
                    findings.append(Finding(
                        rule: id, severity: .warning,
                        message: "extraction incomplete: \(unaligned) \(TotalsContext.whyUnknown(sum.unaligned)); the \(name) states \(TotalsContext.money(stated)) and the \(TotalsContext.count(sum.counted.count, "row")) read sum to \(TotalsContext.money(sum.sum))",
                        evidence: evidence, expected: expected, actual: stated.description))
                } else {
                    findings.append(Finding(
                        rule: id, severity: .error,
                        message: "\(name) states \(TotalsContext.money(stated)) but \(TotalsContext.count(sum.counted.count, "row")) of its group already sum to \(TotalsContext.money(sum.sum)) (\(TotalsContext.count(sum.unaligned.count, "item")) more: their \(TotalsContext.whyUnknown(sum.unaligned)))",
                        evidence: evidence, expected: expected, actual: stated.description))
                }
                continue
            }
            let (corroboration, extra) = Self.corroborate(total, rows: sum.sum, context: context, options: options)
            findings.append(Finding(
                rule: id, severity: .error,
                message: "\(name) states \(TotalsContext.money(stated)) but its \(TotalsContext.count(sum.counted.count, "row")) sum to \(TotalsContext.money(sum.sum))",
                evidence: evidence + extra, expected: expected, actual: stated.description, corroboration: corroboration))
        }
        return findings
    }

    /// What the grand total below says about a subtotal that disagrees with its rows.
    static func corroborate(_ subtotal: DeclaredTotal, rows: ExactDecimal, context: TotalsContext,
                            options: AuditOptions) -> (String?, [Evidence]) {
        guard let grand = context.grandTotal(over: subtotal, year: subtotal.year) else { return (nil, []) }
        let all = context.estimate(under: grand, year: subtotal.year)
        let subtotals = context.subtotals(under: grand, year: subtotal.year)
        let subtotalSum = TotalsContext.sum(subtotals.map(\.value.value))
        let grandValue = grand.value.value
        let evidence = [TotalsContext.statedEvidence(grand, note: "grand total")]
        let money = TotalsContext.money
        let taking = all.substituted.isEmpty ? "" : " (taking the stated subtotal for "
            + all.substituted.map { TotalsContext.scope(dimension: $0.dimension, year: nil).isEmpty ? "line \($0.line)" : TotalsContext.scope(dimension: $0.dimension, year: nil) }.joined(separator: ", ")
            + ", whose rows could not all be aligned)"
        if all.complete, TotalsContext.sameMoney(grandValue, all.sum, options),
           !TotalsContext.sameMoney(grandValue, subtotalSum, options) {
            return ("the grand total (line \(grand.line), \(money(grandValue))) equals the sum of all rows\(taking), not the sum of the subtotals (\(money(subtotalSum))): the subtotal is the likely error", evidence)
        }
        if all.complete, TotalsContext.sameMoney(grandValue, subtotalSum, options), !TotalsContext.sameMoney(grandValue, all.sum, options) {
            return ("the grand total (line \(grand.line), \(money(grandValue))) is the sum of the subtotals, not of the rows (\(money(all.sum))): the subtotal agrees with the grand total, so a row's figure may be the one that is wrong or misread", evidence)
        }
        return (nil, [])
    }
}
