import PlanRecords
import ThaiText

/// A status table's `คงเหลือ` and `ร้อยละการเบิกจ่าย` cells, and an entry's `เบิกจ่าย … คิดเป็นร้อยละ …`, against
/// the budget and disbursement beside them.
struct RowArithmeticRule: FactsRule {
    let id = "row-arithmetic"
    let summary = "A row's or entry's remaining budget, disbursement percentage or total over its years that does not follow from its figures."
    let explanation = """
    Where a table gives, beside each row's budget (งบประมาณ) and disbursement (เบิกจ่าย), what remains (คงเหลือ) or \
    the disbursement as a percentage (ร้อยละการเบิกจ่าย), and where a narrative entry states its disbursement's \
    share (เบิกจ่าย ๔๕,๐๐๐ บาท คิดเป็นร้อยละ ๙๐), recomputes them exactly: remaining = budget − disbursed, \
    percent = disbursed × 100 ÷ budget, rounded to as many decimals as the cell writes (rounding half up; a figure \
    cut off instead of rounded is also accepted). A budget split by source (เงินงบประมาณ | เงินอุดหนุน | อื่นๆ | รวม) \
    is held against the sum of its sources, a dash counting as zero. A plan row's total over its years (รวม (บาท), รวม ๔ ปี or \
    รวมทั้งสิ้น after the years' columns) is held against the sum of its years, a dash counting as zero. A total row is held against its own budget and disbursement, \
    and its remaining against the sum of its rows' remaining. Rows whose values could not be aligned, and rows \
    without a budget or a disbursement, are not checked; a percentage of a zero budget is not checked.
    """

    func check(_ facts: RecordFacts, _ options: AuditOptions) -> [Finding] {
        let record = facts.record
        var findings: [Finding] = []
        for project in record.projects {
            for mention in project.mentions where mention.figuresKnown {
                if let finding = yearsTotal(mention, options) { findings.append(finding) }
                if let finding = sourcesTotal(mention, record, options) { findings.append(finding) }
                guard mention.remaining != nil || mention.disbursedPercent != nil,
                      let disbursed = mention.disbursed else { continue }
                let year = PercentOfFiguresRule.year(of: mention, record)
                guard let budget = TotalsContext.budget(of: mention, year: year) else { continue }
                let budgetRaw = TotalsContext.shown(TotalsContext.budgetRaw(of: mention, year: year) ?? budget.description)
                let figures = Figures(budget: budget, budgetRaw: budgetRaw, disbursed: disbursed.value,
                                      disbursedRaw: TotalsContext.shown(disbursed.raw))
                let name = TotalsContext.rowText(mention)
                // Each figure on its own line: an entry's budget and disbursement stand below its name.
                let budgetPlace = year.flatMap { mention.budgets[$0] }.map { ($0.line, $0.column) }
                    ?? mention.budgetForPeriod.map { ($0.line, $0.column) } ?? (mention.line, mention.column)
                func placed(_ place: (line: Int, column: Int), _ raw: String, _ note: String) -> Evidence {
                    Self.placed(mention, place, raw, note)
                }
                let evidence = { (note: String, raw: String) in placed(note == "budget" ? budgetPlace : (disbursed.line, disbursed.column), raw, note) }
                if let remaining = mention.remaining, let finding = remainingFinding(
                    remaining.value, figures, options, about: name, evidence: evidence,
                    stated: placed((remaining.line, remaining.column), TotalsContext.shown(remaining.raw), "stated remaining")) {
                    findings.append(finding)
                }
                if let percent = mention.disbursedPercent, let finding = percentFinding(
                    percent.value, figures, options, about: name, evidence: evidence,
                    stated: placed((percent.line, percent.column), TotalsContext.shown(percent.raw), "stated percent")) {
                    findings.append(finding)
                }
            }
        }
        findings += totalRows(facts, options)
        return findings
    }

    /// A plan row's total over its years (`รวม (บาท)` beside `ปี 2568 (บาท)` …) against its years' amounts, `-` as zero.
    private func yearsTotal(_ mention: Mention, _ options: AuditOptions) -> Finding? {
        guard mention.table != nil, let period = mention.budgetForPeriod, mention.budgets.count >= 2 else { return nil }
        let years = mention.budgets.keys.sorted()
        let sum = TotalsContext.sum(years.map { mention.budgets[$0]?.value ?? .zero })
        guard !TotalsContext.sameMoney(sum, period.value, options) else { return nil }
        let money = TotalsContext.money
        let parts = years.map { "\($0) \(money(mention.budgets[$0]?.value ?? .zero))" }.joined(separator: " + ")
        let shown = TotalsContext.shown(period.raw)
        return Finding(
            rule: id, severity: .error,
            message: "\(TotalsContext.rowText(mention)): states \(money(period.value)) for all its years but \(parts) = \(money(sum))",
            evidence: [Self.placed(mention, (period.line, period.column), shown, "stated total")]
                + years.compactMap { year in mention.budgets[year].map { Self.placed(mention, ($0.line, $0.column), TotalsContext.shown($0.raw), "\(year)") } },
            expected: TotalsContext.decimal(sum, like: period.value), actual: period.value.description)
    }

    /// A row's budget split by source (`เงินงบประมาณ | เงินอุดหนุน | อื่นๆ | รวม`) against its sources, `-` as zero.
    private func sourcesTotal(_ mention: Mention, _ record: PlanRecord, _ options: AuditOptions) -> Finding? {
        guard mention.table != nil, !mention.fundingSources.isEmpty else { return nil }
        let year = PercentOfFiguresRule.year(of: mention, record)
        guard let budget = TotalsContext.budget(of: mention, year: year) else { return nil }
        let sources = mention.fundingSources.sorted { ($0.value.column, $0.key) < ($1.value.column, $1.key) }
        let sum = TotalsContext.sum(sources.map(\.value.value))
        guard !TotalsContext.sameMoney(sum, budget, options) else { return nil }
        let money = TotalsContext.money
        let raw = TotalsContext.shown(TotalsContext.budgetRaw(of: mention, year: year) ?? budget.description)
        let place = year.flatMap { mention.budgets[$0] }.map { ($0.line, $0.column) } ?? (mention.line, mention.column)
        return Finding(
            rule: id, severity: .error,
            message: "\(TotalsContext.rowText(mention)): states a budget of \(money(budget)) but its sources "
                + sources.map { "\($0.key) \(money($0.value.value))" }.joined(separator: " + ") + " = \(money(sum))",
            evidence: [Self.placed(mention, place, raw, "stated total")]
                + sources.map { Self.placed(mention, ($0.value.line, $0.value.column), TotalsContext.shown($0.value.raw), $0.key) },
            expected: TotalsContext.decimal(sum, like: budget), actual: budget.description)
    }

    /// A figure of a row or entry as evidence, where it stands, shown before the row's name.
    static func placed(_ mention: Mention, _ place: (line: Int, column: Int), _ raw: String, _ note: String) -> Evidence {
        Evidence(line: place.line, column: place.column, text: TotalsContext.rowText(mention, showing: raw), value: raw, note: note)
    }

    /// A row's budget and disbursement, as read and as written.
    struct Figures {
        var budget: ExactDecimal
        var budgetRaw: String
        var disbursed: ExactDecimal
        var disbursedRaw: String
    }

    private func remainingFinding(_ stated: ExactDecimal, _ figures: Figures, _ options: AuditOptions, about name: String,
                                  evidence: (String, String) -> Evidence, stated statedEvidence: Evidence) -> Finding? {
        let expected = figures.budget - figures.disbursed
        guard !TotalsContext.sameMoney(expected, stated, options) else { return nil }
        let money = TotalsContext.money
        return Finding(
            rule: id, severity: .error,
            message: "\(name): states \(money(stated)) remaining but budget \(money(figures.budget)) less disbursed \(money(figures.disbursed)) is \(money(expected))",
            evidence: [statedEvidence, evidence("budget", figures.budgetRaw), evidence("disbursed", figures.disbursedRaw)],
            expected: TotalsContext.decimal(expected, like: stated), actual: stated.description)
    }

    private func percentFinding(_ stated: ExactDecimal, _ figures: Figures, _ options: AuditOptions, about name: String,
                                evidence: (String, String) -> Evidence, stated statedEvidence: Evidence) -> Finding? {
        guard figures.budget > .zero,
              let expected = Self.percent(stated, of: figures.disbursed, in: figures.budget, options) else { return nil }
        let money = TotalsContext.money
        return Finding(
            rule: id, severity: .error,
            message: "\(name): states \(stated.description)% disbursed but \(money(figures.disbursed)) of \(money(figures.budget)) is \(expected.description)%",
            evidence: [statedEvidence, evidence("budget", figures.budgetRaw), evidence("disbursed", figures.disbursedRaw)],
            expected: expected.description, actual: stated.description)
    }

    /// The percentage `part` is of `whole`, at the stated figure's decimals, when the stated one is not it
    /// (rounded half up, cut off, or within the tolerance); nil when they agree.
    static func percent(_ stated: ExactDecimal, of part: ExactDecimal, in whole: ExactDecimal, _ options: AuditOptions) -> ExactDecimal? {
        let places = stated.scale
        let numerator = part * ExactDecimal(100)
        guard let rounded = ExactDecimal.divide(numerator, by: whole, places: places),
              let finer = ExactDecimal.divide(numerator, by: whole, places: places + 6) else { return nil }
        let truncated = PercentOfFiguresRule.truncated(finer, places: places)
        let gap = stated > rounded ? stated - rounded : rounded - stated
        let tolerance = ExactDecimal(options.percentTolerance) ?? .zero
        return stated == rounded || stated == truncated || gap <= tolerance ? nil : rounded
    }

    // MARK: Total rows

    /// A total row's remaining and percentage cells against the same row's budget and disbursement, and its
    /// remaining against the sum of its group's rows.
    private func totalRows(_ facts: RecordFacts, _ options: AuditOptions) -> [Finding] {
        let record = facts.record
        var findings: [Finding] = []
        let money = TotalsContext.money
        for total in record.declared where total.table != nil && (total.what == .remainingTotal || total.what == .disbursedPercent) {
            // The remaining of the rows the total row closes, when every one is known.
            let rows = total.what == .remainingTotal ? facts.totals.group(of: total).map(\.mention) : []
            let rowsSum = !rows.isEmpty && rows.allSatisfy({ $0.figuresKnown && $0.remaining != nil })
                ? TotalsContext.sum(rows.compactMap { $0.remaining?.value }) : nil
            let sameRow = record.declared.filter { $0.table == total.table && $0.place == total.place }
            let budgetTotal = sameRow.first { $0.what == .grandTotal || $0.what == .subtotal }
            let disbursedTotal = sameRow.first { $0.what == .disbursedTotal }
            if let budgetTotal, let disbursedTotal {
                let figures = Figures(budget: budgetTotal.value.value, budgetRaw: TotalsContext.shown(budgetTotal.value.raw),
                                      disbursed: disbursedTotal.value.value, disbursedRaw: TotalsContext.shown(disbursedTotal.value.raw))
                let evidence = { (note: String, _: String) in
                    TotalsContext.statedEvidence(note == "budget" ? budgetTotal : disbursedTotal, note: note)
                }
                let name = "the total row (line \(total.rowPosition))"
                let finding = total.what == .remainingTotal
                    ? remainingFinding(total.value.value, figures, options, about: name, evidence: evidence,
                                       stated: TotalsContext.statedEvidence(total, note: "stated remaining"))
                    : percentFinding(total.value.value, figures, options, about: name, evidence: evidence,
                                     stated: TotalsContext.statedEvidence(total, note: "stated percent"))
                if var finding {
                    if let rowsSum, TotalsContext.sameMoney(rowsSum, total.value.value, options) {
                        finding.corroboration = "its \(TotalsContext.possessive(rows.count, "row")) remaining add to \(money(rowsSum)), as stated: a row's remaining is likely wrong"
                    }
                    findings.append(finding)
                }
            }
            guard let sum = rowsSum, !TotalsContext.sameMoney(sum, total.value.value, options) else { continue }
            findings.append(Finding(
                rule: id, severity: .error,
                message: "the total row (line \(total.rowPosition)) states \(money(total.value.value)) remaining but its \(TotalsContext.possessive(rows.count, "row")) remaining sum to \(money(sum))",
                evidence: [TotalsContext.statedEvidence(total, note: "stated remaining")]
                    + rows.map { TotalsContext.rowEvidence($0, value: $0.remaining?.raw, note: "remaining") },
                expected: TotalsContext.decimal(sum, like: total.value.value), actual: total.value.value.description))
        }
        return findings
    }
}
