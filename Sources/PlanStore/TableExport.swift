import GRDB
import ThaiText

/// The tables `sarabun export` writes, each joined with its document's path so a row stands alone.
public enum ExportTable: String, CaseIterable, Sendable {
    case documents, projects, mentions, declared, scores, findings, failures

    /// The query, in a stable order (path, then place in the file). `record_json` is left out of CSV:
    /// a whole record in one spreadsheet cell helps no one, and `sarabun parse` prints it.
    func query(_ format: ExportFormat) -> String {
        switch self {
        case .documents:
            return """
                SELECT id, path, sha256, format, encoding, bytes, kind, title, organisation, organisation_type,
                       district, province, fiscal_year, period_from, period_to, project_count, declared_count,
                       errors, warnings, infos, read_warnings, imported_at\(format == .jsonl ? ", record_json" : "")
                FROM documents ORDER BY path
                """
        case .projects:
            return """
                SELECT p.id, d.path, d.organisation, p.number, p.name, p.kind, p.dimension, p.mission, p.budgets_json,
                       p.disbursed, p.status, p.responsible, p.mention_count
                FROM projects p JOIN documents d ON d.id = p.document_id ORDER BY d.path, p.number
                """
        case .mentions:
            return """
                SELECT m.id, d.path, p.number AS project, m.role, m.line, m.end_line, m."column", m.name, m.numbering,
                       m.table_index, m.confidence, m.link_note, m.values_aligned
                FROM mentions m JOIN projects p ON p.id = m.project_id JOIN documents d ON d.id = p.document_id
                ORDER BY d.path, p.number, m.line, m.id
                """
        case .declared:
            return """
                SELECT x.id, d.path, x.what, x.value, x.raw, x.line, x."column", x.dimension, x.year, x.status,
                       x.quarter, x.month, x.table_index, x.column_label, x.unit, x.context
                FROM declared x JOIN documents d ON d.id = x.document_id ORDER BY d.path, x.line, x.id
                """
        case .scores:
            return """
                SELECT s.id, d.path, s.kind, s.number, s.name, s.tool, s.value, s.weight, s.weighted, s.line
                FROM scores s JOIN documents d ON d.id = s.document_id ORDER BY d.path, s.id
                """
        case .findings:
            return """
                SELECT f.id, d.path, d.organisation, f.rule, f.severity, f.line, f."column", f.message, f.expected,
                       f.actual, f.corroboration, f.evidence_json
                FROM findings f JOIN documents d ON d.id = f.document_id ORDER BY d.path, f.line, f."column", f.id
                """
        case .failures:
            return "SELECT path, sha256, bytes, reason, failed_at FROM failures ORDER BY path"
        }
    }
}

public enum ExportFormat: String, CaseIterable, Sendable {
    /// RFC 4180 with a UTF-8 byte order mark, so Excel reads Thai text as UTF-8.
    case csv
    /// JSON Lines: one object per row; `…_json` columns are nested as JSON under their name without the suffix.
    case jsonl
}

extension Store {
    /// Writes `table` in `format` through `write`, in pieces of about 64 KB. Rows are read with a
    /// cursor from one snapshot: memory stays flat and a running import does not tear the export.
    /// Returns the number of rows.
    @discardableResult
    public func export(_ table: ExportTable, format: ExportFormat, to write: (String) throws -> Void) throws -> Int {
        try read { db in
            let statement = try db.makeStatement(sql: table.query(format))
            let columns = statement.columnNames
            var text = ""
            text.reserveCapacity(1 << 17)
            if format == .csv {
                text += "\u{FEFF}"
                CSV.appendRecord(columns, to: &text)
            }
            var count = 0
            let rows = try Row.fetchCursor(statement)
            while let row = try rows.next() {
                switch format {
                case .csv: CSV.appendRecord((0..<columns.count).map { CSV.field(row[$0] as DatabaseValue) }, to: &text)
                case .jsonl: JSONLine.append(row, columns: columns, to: &text)
                }
                count += 1
                if text.utf8.count >= 1 << 16 {
                    try write(text)
                    text.removeAll(keepingCapacity: true)
                }
            }
            if !text.isEmpty { try write(text) }
            return count
        }
    }
}
