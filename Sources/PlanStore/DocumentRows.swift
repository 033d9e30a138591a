import GRDB
import PlanAudit
import PlanRecords
import ThaiText

/// One document's rows, ready to insert: built on a worker thread (the JSON and the conversions
/// are the costly part), so the single writer only runs prepared INSERTs.
struct DocumentRows: Sendable {
    var path: String
    var sha256: String
    var bytes: Int
    /// The `documents` columns in `Columns.documents` order, `imported_at` excepted (the writer sets it).
    var document: [DatabaseValue]
    var projects: [ProjectRows]
    var declared: [[DatabaseValue]]
    var scores: [[DatabaseValue]]
    var findings: [[DatabaseValue]]
    var findingCounts: FindingCounts

    struct ProjectRows: Sendable {
        var project: [DatabaseValue]
        var mentions: [[DatabaseValue]]
    }

    init(record: PlanRecord, findings: [Finding], readWarnings: Int) {
        let source = record.source
        let info = record.document
        path = source.path
        sha256 = source.sha256
        bytes = source.byteCount
        var counts = FindingCounts()
        for finding in findings { counts.add(finding.severity) }
        findingCounts = counts
        document = [
            source.path.databaseValue, source.sha256.databaseValue, source.format.rawValue.databaseValue,
            source.encoding.rawValue.databaseValue, source.byteCount.databaseValue, info.kind.rawValue.databaseValue,
            (info.title?.value).databaseValue, (info.organisation?.name.value).databaseValue,
            (info.organisation?.type.rawValue).databaseValue, (info.organisation?.district?.value).databaseValue,
            (info.organisation?.province?.value).databaseValue, (info.fiscalYear?.value).databaseValue,
            (info.period?.value.lowerBound).databaseValue, (info.period?.value.upperBound).databaseValue,
            record.projects.count.databaseValue, record.declared.count.databaseValue,
            counts.errors.databaseValue, counts.warnings.databaseValue, counts.infos.databaseValue,
            readWarnings.databaseValue, PlanRecord.schemaVersion.databaseValue, RecordJSON.object(record).databaseValue,
        ]
        projects = record.projects.map(Self.rows(for:))
        declared = record.declared.map(Self.row(for:))
        scores = record.scores.map(Self.rows(for:)) ?? []
        self.findings = findings.map(Self.row(for:))
    }

    private static func rows(for project: Project) -> ProjectRows {
        // BE year → decimal string, years in order: `{"2567":"20000.00","2568":"25000.00"}`.
        var budgets = JSONWriter()
        budgets.beginObject()
        for year in project.budgets.keys.sorted() {
            budgets.field(String(year), project.budgets[year]!.value.description)
        }
        budgets.endObject()
        let row: [DatabaseValue] = [
            project.id.databaseValue, project.name.databaseValue, (project.kind.map(kindName)).databaseValue,
            project.dimension.databaseValue, project.mission.databaseValue, budgets.text.databaseValue,
            (project.disbursed?.value.description).databaseValue, (project.status?.value.rawValue).databaseValue,
            project.responsible.databaseValue, project.mentions.count.databaseValue,
        ]
        let mentions = project.mentions.map { mention -> [DatabaseValue] in
            [
                mention.role.rawValue.databaseValue, mention.line.databaseValue, mention.endLine.databaseValue,
                mention.column.databaseValue, mention.name.databaseValue, mention.numbering.databaseValue,
                mention.table.databaseValue, mention.confidence.rawValue.databaseValue, mention.linkNote.databaseValue,
                mention.valuesAligned.databaseValue,
            ]
        }
        return ProjectRows(project: row, mentions: mentions)
    }

    /// `project`, `measure`, `activity`: the English case name, like the other enumerations stored
    /// (the raw values are the Thai kind words).
    private static func kindName(_ kind: ProjectKind) -> String {
        switch kind {
        case .project: return "project"
        case .measure: return "measure"
        case .activity: return "activity"
        }
    }

    private static func row(for total: DeclaredTotal) -> [DatabaseValue] {
        [
            total.what.rawValue.databaseValue, total.value.value.description.databaseValue, total.value.raw.databaseValue,
            total.value.line.databaseValue, total.value.column.databaseValue, total.dimension.databaseValue,
            total.year.databaseValue, (total.status?.rawValue).databaseValue, total.quarter.databaseValue,
            total.table.databaseValue, total.column.databaseValue, total.unit.databaseValue, total.context.databaseValue,
            total.month.databaseValue,
        ]
    }

    /// kind, number, name, tool, value, weight, weighted, line.
    private static func rows(for scores: ITAScores) -> [[DatabaseValue]] {
        var rows: [[DatabaseValue]] = []
        for indicator in scores.indicators {
            rows.append(["indicator".databaseValue, indicator.number.databaseValue, indicator.name.databaseValue,
                         indicator.tool.databaseValue, indicator.score.value.description.databaseValue,
                         DatabaseValue.null, DatabaseValue.null, indicator.score.line.databaseValue])
        }
        for tool in scores.tools {
            let line = tool.score?.line ?? tool.weight?.line ?? tool.weighted?.line
            rows.append(["tool".databaseValue, DatabaseValue.null, tool.name.databaseValue, tool.name.databaseValue,
                         (tool.score?.value.description).databaseValue, (tool.weight?.value.description).databaseValue,
                         (tool.weighted?.value.description).databaseValue, line.databaseValue])
        }
        if let overall = scores.overall {
            rows.append(["overall".databaseValue, DatabaseValue.null, "overall".databaseValue, DatabaseValue.null,
                         overall.value.description.databaseValue, DatabaseValue.null, DatabaseValue.null, overall.line.databaseValue])
        }
        if let grade = scores.grade {
            rows.append(["grade".databaseValue, DatabaseValue.null, "grade".databaseValue, DatabaseValue.null,
                         grade.value.databaseValue, DatabaseValue.null, DatabaseValue.null, grade.line.databaseValue])
        }
        return rows
    }

    private static func row(for finding: Finding) -> [DatabaseValue] {
        var evidence = JSONWriter()
        evidence.beginArray()
        for item in finding.evidence {
            evidence.beginObject()
            evidence.field("line", item.line)
            if let endLine = item.endLine { evidence.field("endLine", endLine) }
            evidence.field("column", item.column)
            evidence.field("text", item.text)
            if let value = item.value { evidence.field("value", value) }
            if let note = item.note { evidence.field("note", note) }
            evidence.endObject()
        }
        evidence.endArray()
        return [
            finding.rule.databaseValue, finding.severity.rawValue.databaseValue, finding.line.databaseValue,
            finding.column.databaseValue, finding.message.databaseValue, finding.expected.databaseValue,
            finding.actual.databaseValue, finding.corroboration.databaseValue, evidence.text.databaseValue,
        ]
    }
}

/// Findings counted by severity.
public struct FindingCounts: Sendable, Hashable {
    public var errors = 0
    public var warnings = 0
    public var infos = 0

    public init() {}

    public var total: Int { errors + warnings + infos }

    mutating func add(_ severity: Severity, _ count: Int = 1) {
        switch severity {
        case .error: errors += count
        case .warning: warnings += count
        case .info: infos += count
        }
    }

    mutating func add(_ other: FindingCounts) {
        errors += other.errors
        warnings += other.warnings
        infos += other.infos
    }
}

/// The columns each row array above fills, in order: the INSERT statements are built from these.
enum Columns {
    static let documents = ["path", "sha256", "format", "encoding", "bytes", "kind", "title", "organisation",
                            "organisation_type", "district", "province", "fiscal_year", "period_from", "period_to",
                            "project_count", "declared_count", "errors", "warnings", "infos", "read_warnings",
                            "record_version", "record_json", "imported_at"]
    static let projects = ["document_id", "number", "name", "kind", "dimension", "mission", "budgets_json", "disbursed",
                           "status", "responsible", "mention_count"]
    static let mentions = ["project_id", "role", "line", "end_line", "column", "name", "numbering", "table_index",
                           "confidence", "link_note", "values_aligned"]
    static let declared = ["document_id", "what", "value", "raw", "line", "column", "dimension", "year", "status",
                           "quarter", "table_index", "column_label", "unit", "context", "month"]
    static let scores = ["document_id", "kind", "number", "name", "tool", "value", "weight", "weighted", "line"]
    static let findings = ["document_id", "rule", "severity", "line", "column", "message", "expected", "actual",
                           "corroboration", "evidence_json"]

    static func insert(into table: String, _ columns: [String]) -> String {
        let names = columns.map { "\"\($0)\"" }.joined(separator: ", ")
        let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        return "INSERT INTO \(table) (\(names)) VALUES (\(marks))"
    }
}
