import PlanRecords
import ThaiText

/// The same project with different figures in different places.
struct ProjectFiguresDiffer: AuditRule {
    let id = "project-figures-differ"
    let summary = "The same project's budget or disbursement differs between places (tables, detail sheet, narrative)."
    let explanation = """
    Holds every figure stated for one project against the others: the budget for each fiscal year in the \
    summary table, in each year's table, on the detail sheet and in the narrative, and the money disbursed in \
    the status table and the narrative. A detail sheet's `ปีละ …` applies to every year of the plan; a detail \
    sheet's budget for the whole period may be either the sum over the years or one year's figure, and is \
    reported only when it is neither (nor the sum of a run of years). When three or more places state a figure \
    and all but one agree, the finding says which figure the others support. Mentions whose link to the \
    project is uncertain are not compared (an info finding says so when their figures differ) unless a budget \
    they state (not zero) is the one the other places state: then a figure that differs is a warning. Rows whose \
    values could not be aligned to their item (merged cells) are skipped. A `-` (not planned) is not compared.
    """

    /// One figure stated in one place.
    struct Statement {
        var mention: Mention
        var value: ExactDecimal
        var raw: String
        var line: Int
        var column: Int = 1
        /// Said in words (`ไม่ได้ใช้งบประมาณ`), not written as a figure.
        var inWords: Bool
        var how: String

        var place: String {
            let base = CrossCheck.place(mention)
            return line == mention.line ? base : base.replacing("(line \(mention.line))", with: "(line \(line))")
        }
    }

    func check(_ record: PlanRecord, _ options: AuditOptions) -> [Finding] {
        var findings: [Finding] = []
        let years = record.document.years
        let multiYear = (years?.count ?? 1) > 1
        // One mention states each figure once, against nothing: only projects mentioned twice or more are compared.
        for project in record.projects where project.mentions.count > 1 {
            let usable = project.mentions.filter(CrossCheck.comparable)
            let uncertain = project.mentions.filter { $0.confidence == .uncertain && $0.figuresKnown }
            // An uncertain link whose mention states a budget the linked mentions also state (not zero) is
            // borne out by that figure: its other figures that differ are a warning, not only a note.
            let corroborated = Set(uncertain.filter { mention in
                mention.budgets.contains { year, stated in
                    guard let value = stated.value, value != .zero else { return false }
                    return usable.contains { other in other.budgets[year]?.value.map { CrossCheck.sameMoney($0, value, options) } ?? false }
                }
            }.map(\.line))
            // Budget per year.
            var allYears = Set(project.mentions.flatMap { $0.budgets.keys })
            if let years { allYears.formUnion(years) }
            var byYear: [(year: Int, finding: Finding)] = []
            for year in allYears.sorted() {
                let statements = usable.flatMap { budgetStatements($0, year: year, record: record, multiYear: multiYear, project: project) }
                let doubtful = uncertain.flatMap { budgetStatements($0, year: year, record: record, multiYear: multiYear, project: project) }
                byYear += compare(statements, doubtful: doubtful, corroborated: corroborated, project: project, what: "budget for \(year)", options: options)
                    .map { (year, $0) }
            }
            findings += Self.mergingYears(byYear)
            // Disbursed.
            let disbursed = usable.compactMap { mention in
                mention.disbursed.map { Statement(mention: mention, value: $0.value, raw: $0.raw, line: $0.line, column: $0.column,
                                                  inWords: !DigitConversion.containsDigit($0.raw), how: "disbursed") }
            }
            let doubtfulDisbursed = uncertain.compactMap { mention in
                mention.disbursed.map { Statement(mention: mention, value: $0.value, raw: $0.raw, line: $0.line, column: $0.column,
                                                  inWords: !DigitConversion.containsDigit($0.raw), how: "disbursed") }
            }
            findings += compare(disbursed, doubtful: doubtfulDisbursed, corroborated: corroborated, project: project, what: "money disbursed", options: options)
            // A detail sheet's budget for the whole period.
            if multiYear { findings += periodBudgets(project, usable: usable, options: options) }
        }
        return findings
    }

    /// One statement that differs the same way in several years (a sheet's `ปีละ ๑๘,๐๐๐ บาท` against 15,000 in
    /// each year's column) is one finding naming the years, not one a year.
    static func mergingYears(_ found: [(year: Int, finding: Finding)]) -> [Finding] {
        var merged: [Finding] = []
        var used = Set<Int>()
        for (index, item) in found.enumerated() where !used.contains(index) {
            let same = found.indices.filter { other in
                !used.contains(other) && found[other].finding.line == item.finding.line && found[other].finding.column == item.finding.column
                    && found[other].finding.severity == item.finding.severity && found[other].finding.expected == item.finding.expected
                    && found[other].finding.actual == item.finding.actual
            }
            used.formUnion(same)
            guard same.count > 1 else { merged.append(item.finding); continue }
            let years = same.map { found[$0].year }
            var finding = item.finding
            // Each year's cell stands in the same row: the year tells them apart.
            let stated = same.flatMap { index in
                found[index].finding.evidence.filter { $0.note == "stated" }.map { cell in
                    var cell = cell
                    cell.note = "stated \(found[index].year)"
                    return cell
                }
            }
            var lines: [Int] = []
            for line in stated.map(\.line) where !lines.contains(line) { lines.append(line) }
            finding.message = finding.message.replacing("budget for \(item.year)", with: "budget for each of \(Self.list(years))")
            let firstStated = "(line \(item.finding.evidence.first { $0.note == "stated" }?.line ?? -1))"
            if let last = finding.message.ranges(of: firstStated).last {
                finding.message.replaceSubrange(last, with: lines.count == 1 ? "(line \(lines[0]))" : "(lines \(lines.map(String.init).joined(separator: ", ")))")
            }
            finding.evidence = item.finding.evidence.filter { $0.note != "stated" } + stated
            merged.append(finding)
        }
        return merged
    }

    /// `2567, 2568 and 2569`.
    private static func list(_ years: [Int]) -> String {
        let words = years.map(String.init)
        return words.count <= 1 ? words.joined() : words.dropLast().joined(separator: ", ") + " and " + words.last!
    }

    /// What a mention states as the budget of one fiscal year.
    private func budgetStatements(_ mention: Mention, year: Int, record: PlanRecord, multiYear: Bool, project: Project) -> [Statement] {
        if let stated = mention.budgets[year] {
            guard let value = stated.value else { return [] }
            return [Statement(mention: mention, value: value, raw: stated.raw, line: stated.line, column: stated.column, inWords: !DigitConversion.containsDigit(stated.raw), how: "stated")]
        }
        guard mention.role == .detailSheet || mention.role == .narrative else { return [] }
        if !multiYear {
            // A one-year document: the budget for "the period" is the year's budget.
            guard year == record.document.fiscalYear?.value || record.document.years == nil else { return [] }
            if let total = mention.budgetForPeriod ?? mention.budgetPerYear {
                return [Statement(mention: mention, value: total.value, raw: total.raw, line: total.line, column: total.column, inWords: !DigitConversion.containsDigit(total.raw), how: "stated")]
            }
            return []
        }
        // `ปีละ …` on a sheet applies to every year the tables plan it, unless the sheet's own total says the
        // budget varies by year (then `ปีละ` was read from one of several lines).
        guard let perYear = mention.budgetPerYear, mention.budgets.isEmpty else { return [] }
        let planned = project.mentions.filter { CrossCheck.isTableRole($0.role) }.compactMap { $0.budgets[year] }
        guard !planned.isEmpty, planned.allSatisfy({ $0.value != nil }) else { return [] }
        if let total = mention.budgetForPeriod {
            let count = record.document.years?.count ?? 1
            guard total.value == perYear.value || total.value == perYear.value * ExactDecimal(count) else { return [] }
        }
        return [Statement(mention: mention, value: perYear.value, raw: perYear.raw, line: perYear.line, column: perYear.column, inWords: false, how: "a year (ปีละ)")]
    }

    /// Compares the statements of one figure; quiet when they agree.
    private func compare(_ statements: [Statement], doubtful: [Statement], corroborated: Set<Int> = [], project: Project, what: String,
                         options: AuditOptions) -> [Finding] {
        // One statement and no doubtful one to hold against it: nothing can differ.
        guard !statements.isEmpty, statements.count > 1 || !doubtful.isEmpty else { return [] }
        var groups: [[Statement]] = []
        for statement in statements {
            if let index = groups.firstIndex(where: { CrossCheck.sameMoney($0[0].value, statement.value, options) }) {
                groups[index].append(statement)
            } else {
                groups.append([statement])
            }
        }
        var findings: [Finding] = []
        lazy var name = CrossCheck.shortName(project.name)
        if groups.count > 1 {
            let sorted = groups.sorted { $0.count > $1.count }
            let majority = sorted[0].count >= 2 && sorted[0].count > sorted[1].count ? sorted[0] : nil
            if let majority {
                for odd in sorted.dropFirst() {
                    findings.append(finding(reported: odd, others: statements.filter { s in !odd.contains { $0.line == s.line && $0.mention.line == s.mention.line } },
                                            majority: majority, project: project, name: name, what: what))
                }
            } else {
                // No figure has more support: report at the least authoritative place, later lines first.
                let ordered = statements.sorted {
                    (CrossCheck.authority($0.mention.role), -$0.line) > (CrossCheck.authority($1.mention.role), -$1.line)
                }
                let reported = ordered.last!
                let reportedGroup = groups.first { $0.contains { $0.line == reported.line && $0.mention.line == reported.mention.line } }!
                findings.append(finding(reported: reportedGroup, others: ordered.filter { s in !reportedGroup.contains { $0.line == s.line && $0.mention.line == s.mention.line } },
                                        majority: nil, project: project, name: name, what: what))
            }
        }
        // Uncertain links: figures that would differ are not compared, only noted.
        if let consensus = groups.max(by: { $0.count < $1.count }) {
            for statement in doubtful where !CrossCheck.sameMoney(statement.value, consensus[0].value, options) {
                let linkNote = statement.mention.linkNote ?? "names only alike"
                if corroborated.contains(statement.mention.line) {
                    findings.append(Finding(
                        rule: id, severity: .warning,
                        message: "\(name): \(what) is \(CrossCheck.money(statement.value)) at \(statement.place) but \(CrossCheck.money(consensus[0].value)) at \(consensus[0].place) (the names are linked with doubt, \(linkNote), but the budget both state agrees)",
                        evidence: [evidence(statement, note: "linked with doubt")] + consensus.map { evidence($0, note: "stated") },
                        expected: consensus[0].value.description, actual: statement.value.description))
                    continue
                }
                findings.append(Finding(
                    rule: id, severity: .info,
                    message: "\(name): uncertain link, figures not compared — \(what) is \(CrossCheck.money(statement.value)) at \(statement.place) (\(linkNote)) but \(CrossCheck.money(consensus[0].value)) at \(consensus[0].place)",
                    evidence: [evidence(statement, note: "uncertain link")] + consensus.map { evidence($0, note: "stated") }))
            }
        }
        return findings
    }

    /// The figure where it was read, then the name of what states it: a narrative's figure stands lines
    /// below the entry's name, and the evidence line must show that figure, not the name.
    private func evidence(_ statement: Statement, note: String) -> Evidence {
        // A cell of an HTML table keeps its markup as its raw text: the text it displays is shown.
        let figure = TotalsContext.shown(statement.raw)
        return Evidence(line: statement.line, column: statement.column,
                        text: figure + " · " + CrossCheck.shortName(statement.mention.name), value: figure, note: note)
    }

    private func describe(_ group: [Statement]) -> String {
        let places = group.map(\.place)
        let joined = places.count <= 2 ? places.joined(separator: " and ")
            : places.dropLast().joined(separator: ", ") + " and " + places.last!
        let statement = group[0]
        if statement.inWords, statement.value == .zero { return "none (\(statement.raw)) at \(joined)" }
        let perYear = statement.how == "a year (ปีละ)" ? " a year" : ""
        return "\(CrossCheck.money(statement.value))\(perYear) in \(joined)"
    }

    private func finding(reported: [Statement], others: [Statement], majority: [Statement]?, project: Project,
                         name: String, what: String) -> Finding {
        let first = reported[0]
        let otherGroups = others.groupedInOrder { $0.value }
        let othersText = otherGroups.map { describe($0.items) }.joined(separator: ", ")
        var message = "\(name): \(what) is \(describe(reported)) but \(othersText)"
        message = message.replacing(" in its detail sheet", with: " on its detail sheet")
        var corroboration: String?
        if let majority {
            let places = majority.map(\.place).joined(separator: " and ")
            corroboration = "\(places) agree on \(CrossCheck.money(majority[0].value)): the figure at \(first.place) is likely wrong"
        }
        let doubtful = reported.contains { $0.inWords || $0.mention.confidence == .probable }
            || others.contains { $0.inWords } || (majority == nil && others.contains { $0.mention.confidence == .probable })
        let expected = (majority ?? others.max { CrossCheck.authority($0.mention.role) < CrossCheck.authority($1.mention.role) }.map { [$0] })?.first
        return Finding(rule: id, severity: doubtful ? .warning : .error, message: message,
                       evidence: reported.map { evidence($0, note: "reported") } + others.map { evidence($0, note: "stated") },
                       expected: expected.map { CrossCheck.money($0.value) }, actual: CrossCheck.money(first.value),
                       corroboration: corroboration)
    }

    /// A detail sheet's budget for the whole period against the years the tables give.
    private func periodBudgets(_ project: Project, usable: [Mention], options: AuditOptions) -> [Finding] {
        var perYear: [Int: (ExactDecimal, Mention, Located<ExactDecimal?>)] = [:]
        for mention in usable where CrossCheck.isTableRole(mention.role) {
            for (year, located) in mention.budgets where perYear[year] == nil {
                perYear[year] = (located.value ?? .zero, mention, located)
            }
        }
        guard !perYear.isEmpty else { return [] }
        let years = perYear.keys.sorted()
        var candidates: [ExactDecimal] = []
        for start in years.indices {
            var sum = ExactDecimal.zero
            for end in start..<years.count {
                sum = sum + perYear[years[end]]!.0
                candidates.append(sum)
            }
        }
        var findings: [Finding] = []
        for mention in usable where mention.role == .detailSheet {
            guard let total = mention.budgetForPeriod else { continue }
            // A sheet that also states some years itself: its total may be the rest of the years.
            let own = candidates + mention.budgets.values.compactMap(\.value)
            if own.contains(where: { CrossCheck.sameMoney($0, total.value, options) }) { continue }
            if let each = mention.budgetPerYear, perYear.values.contains(where: { CrossCheck.sameMoney($0.0, each.value, options) }),
               mention.budgets.isEmpty, total.value > each.value {
                // `ปีละ` lines with a total over a period the reader could not split: too doubtful to report.
                continue
            }
            let sum = years.reduce(ExactDecimal.zero) { $0 + perYear[$1]!.0 }
            let row = perYear[years[0]]!.1
            let yearsText = years.map { "\($0): \(CrossCheck.money(perYear[$0]!.0))" }.joined(separator: ", ")
            let inWords = !DigitConversion.containsDigit(total.raw)
            let stated = inWords && total.value == .zero ? "no budget (\(total.raw))" : CrossCheck.money(total.value)
            findings.append(Finding(
                rule: id, severity: inWords || mention.confidence == .probable ? .warning : .error,
                message: "\(CrossCheck.shortName(project.name)): its detail sheet (line \(total.line)) states \(stated) for the period, which is neither the sum over the years (\(CrossCheck.money(sum))) nor any year's budget in \(CrossCheck.place(row)) (\(yearsText))",
                evidence: [Evidence(line: total.line, text: mention.rawName, value: total.raw, note: "budget for the period")]
                    + years.map { year in
                        let item = perYear[year]!
                        return Evidence(line: item.2.line, text: item.1.rawName, value: item.2.raw, note: "budget \(year)")
                    },
                expected: CrossCheck.money(sum), actual: CrossCheck.money(total.value)))
        }
        return findings
    }
}
