import DocumentReader
import PlanRecords

/// Bytes that could not be decoded (a file cut short, a damaged export, a stray control byte): the text
/// around them may have lost a digit or a letter.
struct UnreadableText: AuditRule {
    let id = "unreadable-text"
    let summary = "Bytes that are no text were replaced by U+FFFD: a figure or name on that line may be incomplete."
    let explanation = """
    A file cut short in the middle of a character, a damaged export or a stray control byte leaves bytes \
    that are no UTF-8 text. sarabun reads the rest of the document and puts U+FFFD (�) where they stood, so \
    nothing is silently dropped; but a figure or a project name on that line may have lost a digit or a \
    letter, and the checks that use it may be wrong. This rule names each such line (the first 20, then how \
    many more), so that the auditor can read it in the original.
    """

    func check(_ record: PlanRecord, _ options: AuditOptions) -> [Finding] {
        record.warnings.compactMap { warning in
            guard let excerpt = ReadWarning.unreadableExcerpt(in: warning.message) else {
                // The count of further lines rides on the last line's warning.
                guard ReadWarning.countsMoreUnreadableLines(warning.message) else { return nil }
                return Finding(rule: id, severity: .warning, message: warning.message,
                               evidence: [Evidence(line: warning.line, column: warning.column, text: "(further lines)")])
            }
            return Finding(rule: id, severity: .warning,
                           message: "unreadable bytes on this line were replaced by U+FFFD: a figure or name here may be incomplete; read it in the original",
                           evidence: [Evidence(line: warning.line, column: warning.column, text: excerpt, value: "\u{FFFD}", note: "unreadable")])
        }
    }
}
