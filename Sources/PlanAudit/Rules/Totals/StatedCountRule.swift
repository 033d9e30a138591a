import PlanRecords
import ThaiText

/// `จำนวน 29 โครงการ` against the items the document lists: the whole plan, one dimension, or the rows
/// of one group of a table (`รวม จำนวน ๑๔ โครงการ`).
struct StatedCountRule: FactsRule {
    let id = "stated-count"
    let summary = "A stated number of projects (whole document, per dimension, or in a total row) against the items it counts."
    let explanation = """
    Holds each stated project count (จำนวน N โครงการ) against the items it counts. A count in a table's total row \
    counts that table's rows in its group (the rows between the previous total row and it; every row above it \
    for a รวมทั้งสิ้น row). A count in the text counts the items the document's tables list (every project when \
    it has no tables), or those of one dimension when the sentence names one. Items marked with an asterisk \
    (มิติ *1, ๓*, a row numbered 4*) are additions outside the scored plan: when the count matches the items without them, the \
    count is consistent and the rule only notes it (info). Otherwise a difference is an error, with every \
    listed item cited. A count with nothing listed to compare with is not checked.
    """

    func check(_ facts: RecordFacts, _ options: AuditOptions) -> [Finding] {
        let record = facts.record
        let context = facts.totals
        var findings: [Finding] = []
        for total in record.declared where total.what == .projectCount {
            guard let stated = total.value.value.integerValue else { continue }
            let items: [Mention]
            /// Who lists how many: `its group for มิติ 2 lists 7`, `the document lists 4 for มิติ 4`.
            let place: (Int) -> String
            // Most counts agree: the items are counted before their mentions are copied out.
            if total.table != nil {
                let group = context.group(of: total)
                guard !group.isEmpty, stated != group.count else { continue }
                items = group.map(\.mention)
                let scope = total.dimension.map { " for " + TotalsContext.dimensionName($0) } ?? ""
                // A whole-table total that heads its table counts the rows below it.
                let headsTable = items.first?.place.flatMap { first in total.place.map { first > $0 } } ?? false
                let side = headsTable ? "below" : "above"
                place = { context.isGrand(total) ? "the table \(side) it lists \($0)" : "its group\(scope) lists \($0)" }
            } else {
                var projects = Self.listed(record)
                if let dimension = total.dimension {
                    projects = projects.filter { $0.dimension.map { TotalsContext.sameDimension($0, dimension) } ?? false }
                }
                guard !projects.isEmpty, stated != projects.count else { continue }
                items = projects.map(Self.representative)
                let scope = total.dimension.map { " for " + TotalsContext.dimensionName($0) } ?? ""
                place = { "the document lists \($0)\(scope)" }
            }
            guard !items.isEmpty, stated != items.count else { continue }
            let starred = items.filter(TotalsContext.isAddition)
            let what = Self.noun(total, stated)
            var evidence = [TotalsContext.statedEvidence(total)]
            if !starred.isEmpty, stated == items.count - starred.count {
                let list = starred.map(Self.shortName).joined(separator: ", ")
                evidence += starred.map { TotalsContext.rowEvidence($0, value: TotalsContext.additionMark($0), note: "addition (starred)") }
                findings.append(Finding(
                    rule: id, severity: .info,
                    message: "states \(stated) \(what) and \(place(items.count)), \(starred.count) of them marked as additions (\(list)); without the additions the count is \(stated), as stated",
                    evidence: evidence, expected: String(items.count - starred.count), actual: String(stated),
                    corroboration: Self.tallies(record, total, listed: items.count)))
                continue
            }
            evidence += items.map { TotalsContext.rowEvidence($0, value: nil, note: TotalsContext.isAddition($0) ? "item (starred addition)" : "item") }
            var message = "states \(stated) \(what) but \(place(items.count))"
            if !starred.isEmpty {
                message += " (\(starred.count) of them marked as additions: \(starred.map(Self.shortName).joined(separator: ", ")); \(items.count - starred.count) without them)"
            }
            findings.append(Finding(rule: id, severity: .error, message: message, evidence: evidence,
                                    expected: String(items.count), actual: String(stated),
                                    corroboration: Self.tallies(record, total, listed: items.count)))
        }
        return findings
    }

    /// The items a document-wide count counts: projects its tables list, or every project when it has none.
    /// Narrative-only projects are left out when there are tables: they are often a table row under another name.
    static func listed(_ record: PlanRecord) -> [Project] {
        let inTables = record.projects.filter { $0.mentions.contains { $0.table != nil } }
        return inTables.isEmpty ? record.projects : inTables
    }

    /// The mention that stands for a project in evidence: its first table row, else its first mention; carrying
    /// the project's dimension.
    static func representative(_ project: Project) -> Mention {
        var mention = project.mentions.first { $0.table != nil } ?? project.mentions.first
            ?? Mention(role: .narrative, line: 1, name: project.name)
        mention.dimension = project.dimension ?? mention.dimension
        return mention
    }

    static func shortName(_ mention: Mention) -> String {
        let star = mention.dimension.map { " มิติ " + TotalsContext.normalDimension($0) } ?? ""
        return (mention.numbering.map { "item \($0)" } ?? "line \(mention.line)") + star
    }

    static func noun(_ total: DeclaredTotal, _ count: Int) -> String {
        let unit = total.unit.map { " (\($0))" } ?? ""
        return (count == 1 ? "item" : "items") + unit
    }

    /// When the document's status tallies add up to the listed number, say so.
    static func tallies(_ record: PlanRecord, _ total: DeclaredTotal, listed: Int) -> String? {
        guard total.table == nil, total.dimension == nil else { return nil }
        let tallies = record.declared.filter { $0.what == .statusCount && $0.table == nil }
        guard tallies.count >= 2 else { return nil }
        let sum = tallies.compactMap { $0.value.value.integerValue }.reduce(0, +)
        let lines = TotalsContext.lines(tallies.map(\.line))
        return sum == listed
            ? "the status tallies (\(lines)) add to \(sum), as many as are listed"
            : "the status tallies (\(lines)) add to \(sum)"
    }
}
