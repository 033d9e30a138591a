import PlanRecords

/// A date its month does not have (`๓๑ กุมภาพันธ์ ๒๕๖๖`, `๓๑ เมษายน`): a typing or OCR slip that leaves the
/// document's date, or a project's, unknown.
struct ImpossibleDate: AuditRule {
    let id = "impossible-date"
    let summary = "A date no calendar has (31 February, 31 April): the date it stands for is unknown."
    let explanation = """
    A day its month does not have (๓๑ กุมภาพันธ์ ๒๕๖๖, ๓๑ เมษายน) is a slip of typing or OCR: the author meant \
    another day, or another month. sarabun never moves such a date to a day that exists (1 March, 30 April): \
    it is kept as written and read as no date, so the document's date or a project's period is left unknown, \
    and nothing is held to it. This rule names each one, so that the auditor can read it in the source.
    """

    func check(_ record: PlanRecord, _ options: AuditOptions) -> [Finding] {
        record.warnings.compactMap { warning in
            guard let date = warning.date else { return nil }
            return Finding(rule: id, severity: .warning, message: warning.message,
                           evidence: [Evidence(line: warning.line, column: warning.column, text: date, value: date, note: "no such date")])
        }
    }
}
