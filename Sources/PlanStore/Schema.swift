import GRDB

/// The tables, as named migrations: a database made by an older sarabun is brought up to date by
/// running only the migrations it lacks. Never edit a migration once released; add a new one.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()

        // One row per document read. `record_json` is the whole record (RecordJSON), so nothing the
        // parser read is lost even where the tables below do not have a column for it.
        migrator.registerMigration("1-documents") { db in
            try db.execute(sql: """
                CREATE TABLE documents (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    path TEXT NOT NULL UNIQUE,
                    sha256 TEXT NOT NULL,
                    format TEXT NOT NULL,
                    encoding TEXT NOT NULL,
                    bytes INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    title TEXT,
                    organisation TEXT,
                    organisation_type TEXT,
                    district TEXT,
                    province TEXT,
                    fiscal_year INTEGER,
                    period_from INTEGER,
                    period_to INTEGER,
                    project_count INTEGER NOT NULL,
                    declared_count INTEGER NOT NULL,
                    errors INTEGER NOT NULL,
                    warnings INTEGER NOT NULL,
                    infos INTEGER NOT NULL,
                    read_warnings INTEGER NOT NULL,
                    record_json TEXT NOT NULL,
                    imported_at TEXT NOT NULL
                );
                CREATE INDEX documents_organisation ON documents(organisation);
                """)
        }

        // Projects and every place they are mentioned. Budgets per fiscal year are a JSON object
        // of BE year → decimal string, because the number of years differs by plan.
        migrator.registerMigration("2-projects-and-mentions") { db in
            try db.execute(sql: """
                CREATE TABLE projects (
                    id INTEGER PRIMARY KEY,
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    number INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    kind TEXT,
                    dimension TEXT,
                    mission TEXT,
                    budgets_json TEXT NOT NULL,
                    disbursed TEXT,
                    status TEXT,
                    responsible TEXT,
                    mention_count INTEGER NOT NULL,
                    UNIQUE (document_id, number)
                );
                CREATE TABLE mentions (
                    id INTEGER PRIMARY KEY,
                    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
                    role TEXT NOT NULL,
                    line INTEGER NOT NULL,
                    end_line INTEGER NOT NULL,
                    "column" INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    numbering TEXT,
                    table_index INTEGER,
                    confidence TEXT NOT NULL,
                    link_note TEXT,
                    values_aligned INTEGER NOT NULL
                );
                CREATE INDEX mentions_project ON mentions(project_id);
                """)
        }

        // What the document states about itself, and the ITA scores it reports.
        migrator.registerMigration("3-declared-and-scores") { db in
            try db.execute(sql: """
                CREATE TABLE declared (
                    id INTEGER PRIMARY KEY,
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    what TEXT NOT NULL,
                    value TEXT NOT NULL,
                    raw TEXT NOT NULL,
                    line INTEGER NOT NULL,
                    "column" INTEGER NOT NULL,
                    dimension TEXT,
                    year INTEGER,
                    status TEXT,
                    quarter INTEGER,
                    table_index INTEGER,
                    column_label TEXT,
                    unit TEXT,
                    context TEXT NOT NULL
                );
                CREATE INDEX declared_document ON declared(document_id);
                CREATE TABLE scores (
                    id INTEGER PRIMARY KEY,
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL CHECK (kind IN ('indicator', 'tool', 'overall', 'grade')),
                    number INTEGER,
                    name TEXT NOT NULL,
                    tool TEXT,
                    value TEXT,
                    weight TEXT,
                    weighted TEXT,
                    line INTEGER
                );
                CREATE INDEX scores_document ON scores(document_id);
                """)
        }

        migrator.registerMigration("4-findings") { db in
            try db.execute(sql: """
                CREATE TABLE findings (
                    id INTEGER PRIMARY KEY,
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    rule TEXT NOT NULL,
                    severity TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
                    line INTEGER NOT NULL,
                    "column" INTEGER NOT NULL,
                    message TEXT NOT NULL,
                    expected TEXT,
                    actual TEXT,
                    corroboration TEXT,
                    evidence_json TEXT NOT NULL
                );
                CREATE INDEX findings_document ON findings(document_id);
                CREATE INDEX findings_rule ON findings(rule);
                CREATE INDEX findings_severity ON findings(severity);
                """)
        }

        // Files that could not be imported, with why: kept so a batch's failures can be listed and
        // retried. A path is in `documents` or in `failures`, as of its latest import.
        migrator.registerMigration("5-failures") { db in
            try db.execute(sql: """
                CREATE TABLE failures (
                    id INTEGER PRIMARY KEY,
                    path TEXT NOT NULL UNIQUE,
                    sha256 TEXT,
                    bytes INTEGER,
                    reason TEXT NOT NULL,
                    failed_at TEXT NOT NULL
                );
                """)
        }

        // The fiscal month a total row's count counts, in a schedule drawn month by month (records 1.4).
        migrator.registerMigration("6-declared-month") { db in
            try db.execute(sql: "ALTER TABLE declared ADD COLUMN month INTEGER")
        }

        // The record format each document was stored in: a document stored by a sarabun of another format is
        // parsed again on the next import though its file is unchanged.
        migrator.registerMigration("7-documents-record-version") { db in
            try db.execute(sql: "ALTER TABLE documents ADD COLUMN record_version TEXT")
        }

        return migrator
    }

    /// The tables the store writes, in the order a document's rows are inserted.
    static let tables = ["documents", "projects", "mentions", "declared", "scores", "findings", "failures"]
}
