// PlanStore: records and findings in SQLite, batch import and export.
//
//   Store        — one database file (GRDB DatabasePool, WAL), its migrations, one transaction a document.
//   Ingest       — walks files, parses and checks them on a few threads, streams them to one writer.
//   TableExport  — CSV (with BOM, for Excel) and JSON Lines out of the tables.
//   FindingQuery — stored findings, filtered, in compiler form.
//
// Figures are stored as decimal TEXT (ExactDecimal.description), never REAL: a baht amount read
// back must be the amount the document states.
