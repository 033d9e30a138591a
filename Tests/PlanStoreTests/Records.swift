import PlanAudit
import PlanRecords
import ThaiText
@testable import PlanStore

/// Records made by hand, so the store's columns can be checked against known values whatever the
/// parser yields at this commit.
enum Sample {
    static func decimal(_ text: String) -> ExactDecimal { ExactDecimal(text)! }

    static func record(path: String, organisation: String, province: String = "ศรีสะเกษ") -> PlanRecord {
        var project = Project(id: 1, name: "โครงการอบรมคุณธรรมจริยธรรม", kind: .project, dimension: "1",
                              budgets: [2568: Located(decimal("25000.00"), raw: "๒๕,๐๐๐", line: 34),
                                        2567: Located(decimal("20000.00"), raw: "๒๐,๐๐๐", line: 33)],
                              disbursed: Located(decimal("18500.50"), raw: "๑๘,๕๐๐.๕๐", line: 33),
                              status: Located(.completed, raw: "☑", line: 33))
        project.mentions = [Mention(role: .statusRow, line: 33, name: project.name),
                            Mention(role: .narrative, line: 51, endLine: 53, name: "อบรมคุณธรรมจริยธรรม")]
        let organisationName = Located(organisation, raw: organisation, line: 3)
        return PlanRecord(
            source: SourceInfo(path: path, sha256: String(repeating: "ab", count: 32), format: .text, encoding: .utf8,
                               byteCount: 1234),
            document: DocumentInfo(kind: .progressReport,
                                   organisation: Organisation(name: organisationName, type: .subdistrictMunicipality,
                                                              province: Located(province, raw: province, line: 4)),
                                   fiscalYear: Located(2567, raw: "๒๕๖๗", line: 7)),
            projects: [project],
            declared: [DeclaredTotal(what: .budgetTotal, value: Located(decimal("45000.00"), raw: "๔๕,๐๐๐.๐๐", line: 40),
                                     context: "รวมงบประมาณ ๔๕,๐๐๐.๐๐ บาท", year: 2567)],
            scores: ITAScores(indicators: [IndicatorScore(number: 1, name: "การปฏิบัติหน้าที่",
                                                          score: Located(decimal("99.65"), raw: "๙๙.๖๕", line: 10), tool: "IIT")],
                              tools: [ToolScore(name: "EIT", weight: Located(decimal("30"), raw: "30", line: 12),
                                                score: Located(decimal("88.10"), raw: "88.10", line: 12))],
                              overall: Located(decimal("85.12"), raw: "85.12", line: 20),
                              grade: Located("A", raw: "A", line: 21))
        )
    }

    static func finding(_ rule: String, _ severity: Severity, line: Int, column: Int = 1, _ message: String) -> Finding {
        Finding(rule: rule, severity: severity, message: message,
                evidence: [Evidence(line: line, column: column, text: "จำนวน ๖ โครงการ", value: "๖", note: "stated")],
                expected: "7", actual: "6")
    }

    /// Two documents of two organisations with findings of every severity, saved as the writer saves.
    static func store(in scratch: ScratchFolder) throws -> Store {
        let store = try Store(path: scratch.file("db.sqlite"))
        let first = record(path: "/reports/nong.txt", organisation: "เทศบาลตำบลหนองตะเคียนงาม")
        let second = record(path: "/reports/khok.txt", organisation: "องค์การบริหารส่วนตำบลโคกสะอาด")
        _ = try store.save(DocumentRows(record: first, findings: [
            finding("stated-count", .error, line: 12, column: 5, "the document says 6 projects; its table lists 7"),
            finding("subtotal-sum", .warning, line: 40, "the subtotal is 45,000.00; its rows sum to 45,500.00"),
            finding("amount-words", .info, line: 18, "the amount in words agrees"),
        ], readWarnings: 0))
        _ = try store.save(DocumentRows(record: second, findings: [
            finding("stated-count", .warning, line: 8, "the document says 3 projects; its table lists 3 and 1 spilled row"),
        ], readWarnings: 2))
        return store
    }
}
