import PlanRecords
import ThaiText

/// A table whose header row is missing, so nothing in it could be checked.
struct UnreadTable: AuditRule {
    let id = "unread-table"
    let summary = "A table has no header row: its rows are not read, and nothing stated about them is checked."
    let explanation = """
    Without a header row sarabun cannot tell a budget column from a disbursement or a tick column, so it \
    does not guess: the table's rows are not read as projects. Whatever the document states about those \
    rows (a count, a total, a tally) is then checked against the other tables only, or not at all. This \
    rule names such a table, so that an auditor knows which figures were not checked and can read them.
    """

    func check(_ record: PlanRecord, _ options: AuditOptions) -> [Finding] {
        record.tables.filter { table in
            table.bodyRows >= 2 && table.headerMissing
        }.map { table in
            Finding(rule: id, severity: .warning,
                    message: "a table of \(TotalsContext.count(table.bodyRows, "row")) has no header row: its columns are unknown, so its rows are not read and nothing stated about them is checked",
                    evidence: Self.evidence(table))
        }
    }

    /// The row that stands where the header would, then the table's title where it has one.
    static func evidence(_ table: TableRecord) -> [Evidence] {
        let title = table.title.map { Evidence(line: table.line, text: $0, note: "table") }
        guard let first = table.firstRow else {
            return [Evidence(line: table.line, endLine: table.endLine, text: table.title ?? "(table with no header row)", note: "table")]
        }
        return [Evidence(line: first.line, column: first.column, text: first.value, note: "first row, no header")] + (title.map { [$0] } ?? [])
    }
}
