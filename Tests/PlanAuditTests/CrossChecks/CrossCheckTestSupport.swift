#if canImport(Glibc)
import Glibc
#endif
import DocumentReader
@testable import PlanAudit
import PlanRecords

/// Reads a small document written in a test, and runs one rule over it.
enum CrossCheckDoc {
    static func record(_ text: String, format: DocumentFormat = .text) throws -> PlanRecord {
        try RecordReader.read(Array(text.utf8), path: "test.txt", options: .init(format: format))
    }

    static func findings(_ rule: any AuditRule, _ text: String, format: DocumentFormat = .text) throws -> [Finding] {
        rule.check(try record(text, format: format), AuditOptions())
    }

    static let root: String = {
        var path = #filePath
        for _ in 0..<4 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return path
    }()

    static let corpus = ["plan-2567-2570.txt", "progress-report-2567.txt", "progress-report-2567.html",
                         "ita-measures-2566.md", "ita-analysis-2566.html"]

    static let seeds = root + "/../shared/seeds"
    static let seedNames = ["000_f9f072e376e2edef.txt", "001_a9360fd20494890e.txt", "002_7b7598d7b73c97ce.txt",
                            "003_485adfa02450d3b7.txt", "004_3c4ce964b232360a.txt"]
    static var seedsAvailable: Bool { access(seeds + "/" + seedNames[0], R_OK) == 0 }

    static func crossFindings(_ record: PlanRecord) -> [Finding] {
        RuleCatalog.crossCheckRules.flatMap { $0.check(record, AuditOptions()) }
    }
}
