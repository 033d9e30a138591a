import PlanRecords
import ThaiText

/// `เบิกจ่ายงบประมาณ 72,808.00 บาท คิดเป็นร้อยละ 25.11`: the percentage against its figures, and the stated
/// disbursement against the disbursements listed.
struct PercentOfFiguresRule: FactsRule {
    let id = "percent-of-figures"
    let summary = "A stated disbursement percentage against disbursed ÷ budget, and a stated disbursement or budget against the rows."
    let explanation = """
    Recomputes a stated disbursement percentage (คิดเป็นร้อยละ …) exactly as disbursed × 100 ÷ budget, rounded to \
    as many decimals as the document writes (rounding half up; a figure cut off instead of rounded is also \
    accepted). The disbursed figure is the one the sentence states; the budget is one the sentence states (จาก \
    งบประมาณ … บาท), else a stated budget total, else the sum of the listed projects' budgets for the year. It \
    also adds the disbursed column of the status table (or the projects' disbursements) and compares the sum \
    with a stated total disbursement, and a total row's disbursement with its group's rows. The budget a \
    disbursement is stated of (เบิกจ่าย … บาท จากงบประมาณ … บาท) is compared with the sum of the status table's \
    budgets for the report year. Rows whose values could not be aligned or read make a shortfall of the \
    disbursements a warning, and leave a stated budget unchecked (each such figure has its own finding).
    """

    func check(_ facts: RecordFacts, _ options: AuditOptions) -> [Finding] {
        let record = facts.record
        let context = facts.totals
        var findings: [Finding] = []
        // The document-wide rows and budget sum, worked out once for all the totals that use them.
        lazy var documentRows = Self.disbursedRows(record)
        lazy var documentBudget = Self.budgetSum(record)
        for total in record.declared where total.what == .disbursedTotal {
            let rows = total.table != nil ? context.group(of: total).map(\.mention) : documentRows
            if let finding = disbursedTotal(total, rows: rows, options: options) { findings.append(finding) }
        }
        for total in record.declared where total.what == .budgetTotal && total.table == nil {
            // `งบประมาณรวมตลอดระยะเวลาของแผน …`: a plan's budget over all its years.
            let wholePlan = record.document.period.flatMap { total.isWholePlan ? Self.planBudget(record, years: $0.value) : nil }
            // A report of one year that cites its plan's budget over all the plan's years states no budget of its
            // rows: there is nothing of that year to hold it against.
            if total.isWholePlan, wholePlan == nil { continue }
            if let finding = budgetTotal(total, budgetSum: wholePlan ?? documentBudget, over: wholePlan == nil ? nil : record.document.period?.value,
                                         options: options) { findings.append(finding) }
        }
        // A total row's percentage cell is the row-figures rule's.
        for total in record.declared where total.what == .disbursedPercent && total.table == nil {
            if let finding = percent(total, record: record, budgetSum: documentBudget, options: options) { findings.append(finding) }
        }
        return findings
    }

    // MARK: Stated disbursement

    /// The rows whose disbursements a document-wide total adds: the status table's rows, else every project's.
    static func disbursedRows(_ record: PlanRecord) -> [Mention] {
        let rows = record.projects.flatMap { project in project.mentions.filter { $0.table != nil && $0.role == .statusRow } }
        if !rows.isEmpty { return rows.sorted { $0.line < $1.line } }
        return record.projects.compactMap { project in
            guard let disbursed = project.disbursed else { return nil }
            var mention = project.mentions.first { $0.disbursed == disbursed } ?? StatedCountRule.representative(project)
            mention.disbursed = disbursed
            return mention
        }
    }

    private func disbursedTotal(_ total: DeclaredTotal, rows: [Mention], options: AuditOptions) -> Finding? {
        let aligned = rows.filter(\.figuresKnown)
        let counted = aligned.filter { $0.disbursed != nil }
        guard !counted.isEmpty else { return nil }
        let unaligned = rows.count - aligned.count
        let sum = TotalsContext.sum(counted.compactMap { $0.disbursed?.value })
        let stated = total.value.value
        if TotalsContext.sameMoney(sum, stated, options) { return nil }
        let money = TotalsContext.money
        let place = total.table != nil ? "the rows of its group" : (counted.first?.role == .statusRow ? "the status table's rows" : "the projects")
        var evidence = [TotalsContext.statedEvidence(total, note: "stated disbursed")]
        evidence += counted.map { TotalsContext.rowEvidence($0, value: $0.disbursed?.raw, note: "disbursed") }
        if unaligned > 0, sum < stated {
            evidence += rows.filter { !$0.figuresKnown }.map(TotalsContext.unknownEvidence)
            return Finding(rule: id, severity: .warning,
                           message: "extraction incomplete: \(TotalsContext.possessive(unaligned, "item")) \(TotalsContext.whyUnknown(rows.filter { !$0.figuresKnown })); the document states \(money(stated)) disbursed and \(place) read sum to \(money(sum))",
                           evidence: evidence, expected: TotalsContext.decimal(sum, like: stated), actual: stated.description)
        }
        return Finding(rule: id, severity: .error,
                       message: "states \(money(stated)) baht disbursed but the disbursements of \(place) (\(counted.count)) sum to \(money(sum))",
                       evidence: evidence, expected: TotalsContext.decimal(sum, like: stated), actual: stated.description)
    }

    // MARK: Stated budget

    /// `จากงบประมาณ ๗๓,๐๐๐ บาท` against the budgets of the status table's rows for the report year.
    /// `over`: the plan's years, when the total is the whole plan's.
    private func budgetTotal(_ total: DeclaredTotal, budgetSum: (ExactDecimal?, [Mention]), over years: ClosedRange<Int>? = nil,
                             options: AuditOptions) -> Finding? {
        // No sum when some row's figures are unknown: a shortfall could not say which is wrong.
        guard let sum = budgetSum.0 else { return nil }
        let stated = total.value.value
        if TotalsContext.sameMoney(sum, stated, options) { return nil }
        let rows = budgetSum.1
        let money = TotalsContext.money
        var evidence = [TotalsContext.statedEvidence(total, note: "stated budget")]
        evidence += rows.map { TotalsContext.rowEvidence($0, value: TotalsContext.budgetRaw(of: $0, year: $0.budgets.count == 1 ? $0.budgets.first?.key : nil), note: "budget") }
        return Finding(rule: id, severity: .error,
                       message: years.map { "states a budget of \(money(stated)) for the whole plan but the budgets of its \(TotalsContext.count(rows.count, "project")) for \($0.lowerBound)–\($0.upperBound) sum to \(money(sum))" }
                           ?? "states a budget of \(money(stated)) but the budgets of the \(TotalsContext.count(rows.count, "row")) listed sum to \(money(sum))",
                       evidence: evidence, expected: TotalsContext.decimal(sum, like: stated), actual: stated.description)
    }

    // MARK: Percentage

    private func percent(_ total: DeclaredTotal, record: PlanRecord, budgetSum: (ExactDecimal?, [Mention]),
                         options: AuditOptions) -> Finding? {
        // The disbursed figure the percentage is of: the one stated before it, in the same sentence if possible.
        let before = record.declared.filter { $0.what == .disbursedTotal && $0.table == nil && $0.line <= total.line }
        guard let disbursed = before.last(where: { $0.context == total.context }) ?? before.last else { return nil }
        let stated = total.value.value
        let places = stated.scale
        let money = TotalsContext.money

        var bases: [(value: ExactDecimal, source: String, evidence: Evidence?)] = []
        for figure in Self.moneyFigures(in: total.context) where figure != disbursed.value.value && figure > .zero {
            bases.append((figure, "the budget stated in the same sentence", nil))
        }
        for budget in record.declared where budget.what == .budgetTotal && budget.table == nil {
            bases.append((budget.value.value, "the stated budget total",
                          TotalsContext.statedEvidence(budget, note: "stated budget")))
        }
        let (rowsBudget, rows) = budgetSum
        if let rowsBudget, rowsBudget > .zero {
            bases.append((rowsBudget, "the listed budgets (\(rows.count) rows)", nil))
        }
        guard let preferred = bases.first else { return nil }
        let hundred = ExactDecimal(100)
        let tolerance = ExactDecimal(options.percentTolerance) ?? .zero
        for base in bases {
            let numerator = disbursed.value.value * hundred
            guard let rounded = ExactDecimal.divide(numerator, by: base.value, places: places),
                  let finer = ExactDecimal.divide(numerator, by: base.value, places: places + 6) else { continue }
            let truncated = Self.truncated(finer, places: places)
            let gap = stated > rounded ? stated - rounded : rounded - stated
            if stated == rounded || stated == truncated || gap <= tolerance { return nil }
        }
        guard let expected = ExactDecimal.divide(disbursed.value.value * hundred, by: preferred.value, places: places) else { return nil }
        var evidence = [TotalsContext.statedEvidence(total, note: "stated percent"),
                        TotalsContext.statedEvidence(disbursed, note: "stated disbursed")]
        if let extra = preferred.evidence { evidence.append(extra) }
        if preferred.source.startsWith("the listed") {
            evidence += rows.map { TotalsContext.rowEvidence($0, value: TotalsContext.budgetRaw(of: $0, year: Self.year(of: $0, record)), note: "budget") }
        }
        let others = bases.dropFirst().filter { $0.value != preferred.value }
            .compactMap { base in ExactDecimal.divide(disbursed.value.value * hundred, by: base.value, places: places)
                .map { "of \(base.source) (\(money(base.value))) it is \($0.description)%" } }
        return Finding(
            rule: id, severity: .error,
            message: "states \(stated.description)% but \(money(disbursed.value.value)) disbursed of \(money(preferred.value)) (\(preferred.source)) is \(expected.description)%",
            evidence: evidence, expected: expected.description, actual: stated.description,
            corroboration: others.isEmpty ? nil : others.joined(separator: "; "))
    }

    /// The money figures written in a sentence, in order.
    static func moneyFigures(in text: String) -> [ExactDecimal] {
        LexicalScanner.scan(text).compactMap { token in
            if case .money(let value, _) = token.value { return value }
            return nil
        }
    }

    static func truncated(_ value: ExactDecimal, places: Int) -> ExactDecimal {
        guard value.scale > places else { return value.withScale(atLeast: places) }
        var units = value.units
        for _ in 0..<(value.scale - places) { units /= 10 }
        return ExactDecimal(units: units, scale: places)
    }

    /// The fiscal year a row's budget is for: its only year, else the document's.
    static func year(of mention: Mention, _ record: PlanRecord) -> Int? {
        if mention.budgets.count == 1 { return mention.budgets.first?.key }
        return record.document.fiscalYear?.value
    }

    /// The budgets of the status table's rows (else of every project) for the report year.
    /// The budgets of every project for every year of the plan, summed; nil when no project has one or some
    /// table row's figures are unknown.
    static func planBudget(_ record: PlanRecord, years: ClosedRange<Int>) -> (ExactDecimal?, [Mention])? {
        let projects = record.projects.filter { project in project.budgets.keys.contains { years.contains($0) } }
        guard !projects.isEmpty, projects.allSatisfy({ $0.mentions.allSatisfy(\.figuresKnown) }) else { return nil }
        let values = projects.flatMap { project in project.budgets.filter { years.contains($0.key) }.compactMap { $0.value.value } }
        return (TotalsContext.sum(values), projects.map(StatedCountRule.representative))
    }

    static func budgetSum(_ record: PlanRecord) -> (ExactDecimal?, [Mention]) {
        let rows = record.projects.flatMap { project in project.mentions.filter { $0.table != nil && $0.role == .statusRow } }
        if !rows.isEmpty {
            let aligned = rows.filter(\.figuresKnown)
            guard aligned.count == rows.count else { return (nil, []) }
            let values = rows.compactMap { TotalsContext.budget(of: $0, year: year(of: $0, record)) }
            return values.isEmpty ? (nil, []) : (TotalsContext.sum(values), rows.sorted { $0.line < $1.line })
        }
        guard let year = record.document.fiscalYear?.value else { return (nil, []) }
        // As above: a project whose figures are not all known leaves the sum unknown.
        guard record.projects.allSatisfy({ $0.mentions.allSatisfy(\.figuresKnown) }) else { return (nil, []) }
        let projects = record.projects.filter { $0.budgets[year] != nil }
        guard !projects.isEmpty else { return (nil, []) }
        return (TotalsContext.sum(projects.compactMap { $0.budgets[year]?.value }), projects.map(StatedCountRule.representative))
    }
}
