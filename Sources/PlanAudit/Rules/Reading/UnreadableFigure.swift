import PlanRecords

/// A figure the document writes that is no number as written (`1O,000.00`, `๑๒,,๐๐๐`, `12,3456 บาท`).
struct UnreadableFigure: AuditRule {
    let id = "unreadable-figure"
    let summary = "A figure written so that it is no number (a letter O for a zero, a doubled comma): a project's, or a stated total's."
    let explanation = """
    OCR and typing leave figures such as 1O,000.00 (a letter O for a zero), ๑๒,,๐๐๐ (a doubled comma) or \
    12,3456 บาท (digits grouped wrongly). sarabun never reads such a figure as some other number (1 or 12 or \
    0): it is kept as written and left out of every sum. The rules that add a column then report a shortfall \
    as incomplete (a warning), not as an error. A stated total written so (a total row's cell, a summary \
    line's disbursement) is not read at all, so nothing is held to it. This rule names each such figure, so \
    that the auditor can read it from the source and knows which checks it left open.
    """

    func check(_ record: PlanRecord, _ options: AuditOptions) -> [Finding] {
        var seen = Set<String>()
        var findings: [Finding] = []
        for project in record.projects {
            for mention in project.mentions {
                for figure in mention.unreadable where seen.insert("\(figure.line):\(figure.column)").inserted {
                    findings.append(Finding(
                        rule: id, severity: .warning,
                        message: "\(figure.value) of \(project.name) is written \"\(figure.raw)\", which is no number; it is left out of the sums",
                        evidence: [Evidence(line: figure.line, column: figure.column, text: figure.raw, value: figure.raw, note: figure.value)]))
                }
            }
        }
        // Figures outside any project (a total row's cell, a count or sum in a sentence): the record's warnings
        // carry them as written.
        for warning in record.warnings {
            guard let figure = warning.figure, seen.insert("\(warning.line):\(warning.column)").inserted else { continue }
            findings.append(Finding(
                rule: id, severity: .warning, message: warning.message,
                evidence: [Evidence(line: warning.line, column: warning.column, text: figure, value: figure, note: "not a figure as written")]))
        }
        return findings.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }
}
