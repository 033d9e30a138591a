import PlanRecords
import ThaiText

/// `ดำเนินการแล้วเสร็จ 30 โครงการ` against the status table's ticks.
struct StatusTallyRule: FactsRule {
    let id = "status-tally"
    let summary = "A stated number of projects with a status against the rows of the status table ticked with it."
    let explanation = """
    Holds each stated status tally (ดำเนินการแล้วเสร็จ N โครงการ, อยู่ระหว่างดำเนินการ N โครงการ …) against the \
    number of projects whose status-table row ticks that status. A tally in a table's total row counts the rows \
    of its group. Items whose row could not be read (merged cells) make a difference a warning, not an error. \
    A document with no status ticks read is not checked.
    """

    static func thai(_ status: ProjectStatus) -> String {
        switch status {
        case .notStarted: return "ยังไม่ดำเนินการ"
        case .inProgress: return "อยู่ระหว่างดำเนินการ"
        case .completed: return "ดำเนินการแล้วเสร็จ"
        case .notPossible: return "ไม่สามารถดำเนินการได้"
        case .cancelled: return "ยกเลิก"
        case .budgetTransferred: return "โอนงบประมาณ"
        }
    }

    static func english(_ status: ProjectStatus) -> String {
        switch status {
        case .notStarted: return "not started"
        case .inProgress: return "in progress"
        case .completed: return "completed"
        case .notPossible: return "not possible"
        case .cancelled: return "cancelled"
        case .budgetTransferred: return "budget transferred"
        }
    }

    func check(_ facts: RecordFacts, _ options: AuditOptions) -> [Finding] {
        let record = facts.record
        let context = facts.totals
        var findings: [Finding] = []
        for total in record.declared where total.what == .statusCount {
            guard let status = total.status, let stated = total.value.value.integerValue else { continue }
            var ticked: [Mention] = []
            var unknown = 0
            if total.table != nil {
                let rows = context.group(of: total)
                guard !rows.isEmpty else { continue }
                ticked = rows.map(\.mention).filter { $0.status?.value == status }
                unknown = rows.filter { !$0.mention.valuesAligned }.count
            } else {
                let withStatus = record.projects.filter { $0.status != nil }
                guard !withStatus.isEmpty else { continue }
                ticked = withStatus.filter { $0.status?.value == status }.map { project in
                    project.mentions.first { $0.status?.value == status && $0.table != nil }
                        ?? project.mentions.first { $0.status?.value == status } ?? StatedCountRule.representative(project)
                }
            }
            guard ticked.count != stated else { continue }
            let name = "\(Self.english(status)) (\(Self.thai(status)))"
            let inWords = Self.writtenInWords(total.table != nil ? context.group(of: total).map(\.mention) : ticked)
            var evidence = [TotalsContext.statedEvidence(total)]
            evidence += ticked.map { TotalsContext.rowEvidence($0, value: $0.status?.raw, note: (inWords ? "status " : "ticked ") + Self.english(status)) }
            let possible = stated > ticked.count && stated <= ticked.count + unknown
            if possible {
                findings.append(Finding(
                    rule: id, severity: .warning,
                    message: "extraction incomplete: states \(stated) \(name) but \(ticked.count) rows read \(inWords ? "give" : "tick") it; \(TotalsContext.count(unknown, "item"))' values could not be aligned",
                    evidence: evidence, expected: String(ticked.count), actual: String(stated)))
                continue
            }
            findings.append(Finding(
                rule: id, severity: .error,
                message: "states \(stated) \(stated == 1 ? "project" : "projects") \(name) but the status table "
                    + (inWords ? "gives that status to \(ticked.count)" : "ticks \(name) for \(ticked.count)"),
                evidence: evidence, expected: String(ticked.count), actual: String(stated),
                corroboration: Self.statusSum(record, total, ticked: ticked.count)))
        }
        return findings
    }

    /// Whether the rows state their status in words (`ดำเนินการแล้วเสร็จ` in a สถานะ column), not with ticks:
    /// the message then says what the rows give, not what they tick.
    static func writtenInWords(_ rows: [Mention]) -> Bool {
        let statuses = rows.compactMap(\.status?.raw)
        return !statuses.isEmpty && statuses.allSatisfy { raw in raw.unicodeScalars.contains { (0x0E01...0x0E2E).contains($0.value) } }
    }

    /// How the tallies together, and a status table's own total row, compare with the ticks.
    static func statusSum(_ record: PlanRecord, _ total: DeclaredTotal, ticked: Int) -> String? {
        guard total.table == nil, let status = total.status else { return nil }
        var notes: [String] = []
        let tableTotals = record.declared.filter { $0.what == .statusCount && $0.table != nil && $0.status == status }
        for row in tableTotals {
            guard let value = row.value.value.integerValue else { continue }
            notes.append("the status table's total row (line \(row.line)) states \(value)" + (value == ticked ? ", as ticked" : ""))
        }
        let tallies = record.declared.filter { $0.what == .statusCount && $0.table == nil }
        if tallies.count >= 2 {
            let sum = tallies.compactMap { $0.value.value.integerValue }.reduce(0, +)
            let rows = record.projects.filter { $0.status != nil }.count
            notes.append(sum == rows
                ? "the tallies add to \(sum), as many as the rows with a status: a project is likely counted under the wrong status"
                : "the tallies add to \(sum); \(rows) rows have a status")
        }
        return notes.isEmpty ? nil : notes.joined(separator: "; ")
    }
}
