import Foundation
import GRDB

/// What writing a document did.
public enum SaveOutcome: String, Sendable {
    /// A path not in the database before.
    case imported
    /// A path whose content changed: its old rows were deleted and the new ones written.
    case replaced
    /// The same path with the same SHA-256 is already stored: nothing written.
    case unchanged
}

extension Store {
    /// Writes one document in one transaction: its old rows (if any) go, the new rows come, and a
    /// reader sees either the old document or the new one, never half of either. The SHA-256 is
    /// compared inside the transaction, so two processes importing the same file store it once.
    func save(_ rows: DocumentRows, force: Bool = false) throws -> SaveOutcome {
        try write { db in
            let existing = try Row.fetchOne(db, sql: Self.storedDocumentSQL, arguments: [rows.path])
            if let existing, !force, Self.currentSHA256(existing) == rows.sha256 { return .unchanged }
            if let existing {
                // ON DELETE CASCADE removes its projects, mentions, totals, scores and findings.
                try db.cachedStatement(sql: "DELETE FROM documents WHERE id = ?").execute(arguments: [existing["id"] as Int64])
            }
            try db.cachedStatement(sql: "DELETE FROM failures WHERE path = ?").execute(arguments: [rows.path])

            try db.cachedStatement(sql: Columns.insert(into: "documents", Columns.documents))
                .execute(arguments: StatementArguments(rows.document + [Timestamp.now().databaseValue]))
            let documentID = db.lastInsertedRowID.databaseValue

            let insertProject = try db.cachedStatement(sql: Columns.insert(into: "projects", Columns.projects))
            let insertMention = try db.cachedStatement(sql: Columns.insert(into: "mentions", Columns.mentions))
            for project in rows.projects {
                try insertProject.execute(arguments: StatementArguments([documentID] + project.project))
                let projectID = db.lastInsertedRowID.databaseValue
                for mention in project.mentions {
                    try insertMention.execute(arguments: StatementArguments([projectID] + mention))
                }
            }
            try insertAll(rows.declared, into: "declared", Columns.declared, documentID: documentID, db)
            try insertAll(rows.scores, into: "scores", Columns.scores, documentID: documentID, db)
            try insertAll(rows.findings, into: "findings", Columns.findings, documentID: documentID, db)
            return existing == nil ? .imported : .replaced
        }
    }

    private func insertAll(_ rows: [[DatabaseValue]], into table: String, _ columns: [String], documentID: DatabaseValue,
                           _ db: Database) throws {
        guard !rows.isEmpty else { return }
        let statement = try db.cachedStatement(sql: Columns.insert(into: table, columns))
        for row in rows { try statement.execute(arguments: StatementArguments([documentID] + row)) }
    }

    /// Records that `path` could not be imported, and why. The path's older document, if any, is
    /// removed: the stored rows must describe the file as it is now, and now it cannot be read.
    func recordFailure(path: String, sha256: String?, bytes: Int?, reason: String) throws {
        try write { db in
            try db.cachedStatement(sql: "DELETE FROM documents WHERE path = ?").execute(arguments: [path])
            try db.cachedStatement(sql: """
                INSERT INTO failures (path, sha256, bytes, reason, failed_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(path) DO UPDATE SET sha256 = excluded.sha256, bytes = excluded.bytes,
                    reason = excluded.reason, failed_at = excluded.failed_at
                """).execute(arguments: [path, sha256, bytes, reason, Timestamp.now()])
        }
    }
}

/// ISO 8601 UTC to the second (`2024-05-01T09:30:00Z`): sorts as text, reads in any tool.
enum Timestamp {
    static func now() -> String {
        var seconds = time(nil)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }
}
