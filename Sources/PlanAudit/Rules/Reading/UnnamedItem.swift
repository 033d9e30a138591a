import PlanRecords

/// A table row with figures but no project name.
struct UnnamedItem: AuditRule {
    let id = "unnamed-item"
    let summary = "A table row has figures or ticks but no project name."
    let explanation = """
    A row whose name cell is empty but whose budget, disbursement, status or quarter cells are filled is an \
    item of the table with its name lost (an export that dropped a cell, a name merged into the row above). \
    It is kept, so that the counts and sums over the table include it, and it is linked to no other mention. \
    This rule names the row, so that the auditor can find what it was.
    """

    func check(_ record: PlanRecord, _ options: AuditOptions) -> [Finding] {
        record.projects.flatMap { project in
            project.mentions.filter { $0.table != nil && $0.name.isEmpty }.map { row in
                Finding(rule: id, severity: .warning,
                        message: "a row of the table has figures but no project name\(row.numbering.map { " (numbered \($0))" } ?? ""); it is counted as an item",
                        evidence: [TotalsContext.rowEvidence(row, value: nil, note: "row with no name")])
            }
        }
    }
}
