import DocumentReader
@testable import PlanAudit
import PlanRecords
import Testing

/// The totals rules over the corpus (consistent documents stay quiet, flawed ones raise what was planted)
/// and over the real seeds.
@Suite struct CorpusAndSeedsTotalsTests {
    static let consistent = ["plan-2567-2570.txt", "progress-report-2567.txt", "progress-report-2567.html",
                             "ita-measures-2566.md", "ita-analysis-2566.html"]

    static func corpus(_ name: String) throws -> PlanRecord {
        try RecordReader.read(contentsOf: TotalsDoc.root + "/corpus/" + name)
    }

    static func seed(_ name: String) throws -> PlanRecord {
        try RecordReader.read(contentsOf: TotalsDoc.seeds + "/" + name)
    }

    @Test(arguments: consistent)
    func consistentCorpusHasNoErrors(_ name: String) throws {
        let findings = TotalsDoc.totals(try Self.corpus(name))
        #expect(findings.filter { $0.severity == .error }.isEmpty, "\(findings.map(\.message))")
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    @Test func flawedReportRaisesEachPlantedError() throws {
        let findings = TotalsDoc.totals(try Self.corpus("flawed-report-2567.txt"))
        let planted = findings.filter { $0.severity == .error }.map { "\($0.rule)@\($0.line)" }.sorted()
        #expect(planted == ["disbursed-over-budget@35", "grand-total-sum@40", "percent-of-figures@43",
                            "stated-count@12", "status-tally@42"])
        #expect(findings.count == planted.count)
    }

    @Test func flawedPlanRaisesEachPlantedError() throws {
        let findings = TotalsDoc.totals(try Self.corpus("flawed-plan-2568-2570.txt"))
        let planted = findings.filter { $0.severity == .error }.map { "\($0.rule)@\($0.line)" }.sorted()
        #expect(planted == ["grand-total-sum@40", "quarter-count@58", "stated-count@35", "subtotal-sum@29"])
        #expect(findings.count == planted.count)
        let subtotal = try #require(findings.first { $0.rule == "subtotal-sum" })
        #expect(subtotal.corroboration?.contains("the subtotal is the likely error") == true)
        let grand = try #require(findings.first { $0.rule == "grand-total-sum" })
        #expect(grand.corroboration?.contains("the grand total is the likely error") == true)
    }

    // MARK: Seeds

    @Test(.enabled(if: TotalsDoc.seedsAvailable))
    func seed000CountsTheStarredAdditions() throws {
        let findings = TotalsDoc.totals(try Self.seed("000_f9f072e376e2edef.txt"))
        #expect(!findings.contains { $0.severity == .error }, "\(findings.map(\.message))")
        let count = try #require(findings.first { $0.rule == "stated-count" })
        #expect(count.severity == .info)
        #expect(count.line == 947)
        #expect(count.message.contains("states 29") && count.message.contains("lists 31"))
        #expect(count.message.contains("2 of them marked as additions"))
        #expect(count.evidence.dropFirst().map(\.line) == [932, 933])
        #expect(count.corroboration?.contains("add to 31") == true)
        // 72,808.00 disbursed and its 25.11% agree with the status table.
        #expect(!findings.contains { $0.rule == "percent-of-figures" })
        #expect(findings.count == 1)
    }

    @Test(.enabled(if: TotalsDoc.seedsAvailable), arguments: ["001_a9360fd20494890e.txt", "002_7b7598d7b73c97ce.txt",
                                                              "004_3c4ce964b232360a.txt"])
    func seedsWithConsistentFiguresAreQuiet(_ name: String) throws {
        let findings = TotalsDoc.totals(try Self.seed(name))
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    /// Seed 003's มิติ 3 subtotal (line 207) states 105,000 a year; its rows sum to 463,000 (2566) and 333,000,
    /// and the grand totals (line 224) agree with the rows. มิติ 1 has items in merged cells: a warning only.
    @Test(.enabled(if: TotalsDoc.seedsAvailable))
    func seed003SubtotalForDimension3() throws {
        let findings = TotalsDoc.totals(try Self.seed("003_485adfa02450d3b7.txt"))
        let errors = findings.filter { $0.severity == .error }
        #expect(errors.count == 5)
        #expect(errors.allSatisfy { $0.rule == "subtotal-sum" && $0.line == 207 })
        #expect(errors.first?.expected == "463000.00")
        #expect(errors.first?.actual == "105000.00")
        #expect(errors.allSatisfy { $0.corroboration?.contains("the subtotal is the likely error") == true })
        let warnings = findings.filter { $0.severity == .warning }
        #expect(warnings.count == 1)
        #expect(warnings.first?.line == 179)
        #expect(findings.count == 6)
    }
}
