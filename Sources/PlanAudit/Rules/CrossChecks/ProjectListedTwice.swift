import PlanRecords
import ThaiText

/// A project listed twice in one table.
struct ProjectListedTwice: AuditRule {
    let id = "project-listed-twice"
    let doesArithmetic = false
    let summary = "A project appears in two rows of the same table."
    let explanation = """
    Reports a project that has two rows in one table (the same table of the document, whatever its kind: a \
    year's table, the summary table, a status table). A project listed twice is usually counted twice in the \
    table's totals and in the stated number of projects. Rows linked to the project only by an uncertain \
    name match are not counted; a row linked by a probable match gives a warning, an exact match an error. \
    Several items merged in one cell are separate rows here only when the reader could split them.
    """

    func check(_ record: PlanRecord, _ options: AuditOptions) -> [Finding] {
        var findings: [Finding] = []
        // Listed twice needs two mentions: a project mentioned once is passed over before its mention is copied.
        for project in record.projects where project.mentions.count > 1 {
            let rows = project.mentions.filter { CrossCheck.isTableRole($0.role) && $0.table != nil && $0.confidence != .uncertain }
            for (table, items) in rows.groupedInOrder(by: { $0.table! }) where items.count > 1 {
                let sorted = items.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
                let first = sorted[0]
                for repeated in sorted.dropFirst() {
                    let sure = first.confidence == .exact && repeated.confidence == .exact
                    let numbers = [first, repeated].map { $0.numbering.map { " (\($0))" } ?? "" }
                    let title = record.tables.first { $0.index == table }?.year.map { "the \($0) table" } ?? "table \(table + 1)"
                    findings.append(Finding(
                        rule: id, severity: sure ? .error : .warning,
                        message: "\(CrossCheck.shortName(project.name)) is listed twice in \(title): line \(first.line)\(numbers[0]) and line \(repeated.line)\(numbers[1])",
                        evidence: [CrossCheck.evidence(repeated, value: figures(repeated), note: "listed again"),
                                   CrossCheck.evidence(first, value: figures(first), note: "first listed")]))
                }
            }
        }
        return findings
    }

    private func figures(_ mention: Mention) -> String? {
        let budgets = mention.budgets.keys.sorted().compactMap { year in mention.budgets[year]!.value.map { "\(year): \(CrossCheck.money($0))" } }
        return budgets.isEmpty ? nil : budgets.joined(separator: ", ")
    }
}
