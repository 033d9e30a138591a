#if canImport(Glibc)
import Glibc
#endif
import DocumentReader
import PlanAudit
import PlanRecords
import Testing
import ThaiText

/// The whole checker on whole documents: quiet on consistent ones, the same findings whatever the
/// digits or the form, and the seeds' known problem found.
@Suite struct AuditIntegrationTests {
    static let root: String = {
        var path = #filePath
        for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return path
    }()
    static let seeds = root + "/../shared/seeds"
    static var seedsAvailable: Bool { access(seeds + "/000_f9f072e376e2edef.txt", R_OK) == 0 }

    static func findings(_ bytes: [UInt8], format: DocumentFormat) throws -> [Finding] {
        Auditor.check(try RecordReader.read(bytes, path: "test", options: .init(format: format)))
    }

    static func corpus(_ name: String) throws -> [UInt8] { try InputFile.readBytes(root + "/corpus/" + name) }

    /// What a finding says, apart from the text it quotes (which keeps the document's own digits).
    static func gist(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.rule) \($0.severity.rawValue) \($0.line) \($0.expected ?? "-") \($0.actual ?? "-")" }
    }

    @Test(arguments: ["plan-2567-2570.txt", "progress-report-2567.txt", "progress-report-2567.html",
                      "ita-measures-2566.md", "ita-analysis-2566.html", "plan-outline-2569-2571.html"])
    func consistentDocumentsComeOutClean(_ name: String) throws {
        let found = try Self.findings(Self.corpus(name), format: DocumentFormat(path: name)!)
        #expect(found.filter { $0.severity >= .warning }.isEmpty, "\(Self.gist(found))")
    }

    @Test func flawedReportIsCaught() throws {
        let found = try Self.findings(Self.corpus("flawed-report-2567.txt"), format: .text)
        #expect(found.contains { $0.severity == .error })
        #expect(Set(found.map(\.rule)).count >= 3)
        // Every finding points at a line of the document and carries its evidence.
        #expect(found.allSatisfy { $0.line >= 1 && !$0.evidence.isEmpty })
    }

    /// A report typed with each entry's fields on its line, and a status table over two pages with running sums,
    /// remaining and percentage columns: its five planted errors are found, each at its line, and nothing else.
    @Test func denseReportsPlantedErrorsAndNothingElse() throws {
        let found = try Self.findings(Self.corpus("flawed-report-2568.txt"), format: .text)
        #expect(Self.gist(found) == [
            "project-figures-differ error 13 10,000 9,500",
            "carried-sum error 25 30000.00 35000.00",
            "row-arithmetic error 26 8000.00 9000.00",
            "row-arithmetic error 28 10500.00 9500.00",
            "status-percent error 30 75.00 70.00",
        ])
    }

    /// A report of quarterly disbursements with two budgets per row and a project's fields as a table: its four
    /// planted errors are found, each at its line, and nothing else.
    @Test func disbursementReportsPlantedErrorsAndNothingElse() throws {
        let found = try Self.findings(Self.corpus("flawed-disbursement-2568.txt"), format: .text)
        #expect(Self.gist(found) == [
            "quarter-disbursed error 11 22000 23000",
            "column-sum error 13 100000 110000",
            "quarter-disbursed error 13 4500 5400",
            "project-figures-differ error 19 38,000 38,500",
        ])
    }

    @Test(arguments: ["flawed-report-2567.txt", "flawed-report-2568.txt", "flawed-plan-2568-2570.txt", "plan-2567-2570.txt",
                      "flawed-disbursement-2568.txt"])
    func thaiAndArabicDigitsGiveTheSameFindings(_ name: String) throws {
        let bytes = try Self.corpus(name)
        let text = String(decoding: bytes, as: UTF8.self)
        let arabic = try Self.findings(Array(DigitConversion.toArabic(text).utf8), format: .text)
        let thai = try Self.findings(Array(DigitConversion.toThai(text).utf8), format: .text)
        let asWritten = try Self.findings(bytes, format: .text)
        #expect(Self.gist(arabic) == Self.gist(asWritten))
        #expect(Self.gist(thai) == Self.gist(asWritten))
    }

    @Test func textAndHTMLGiveTheSameFindings() throws {
        let text = try Self.findings(Self.corpus("progress-report-2567.txt"), format: .text)
        let html = try Self.findings(Self.corpus("progress-report-2567.html"), format: .html)
        #expect(text.map(\.rule) == html.map(\.rule))
        #expect(text.map(\.severity) == html.map(\.severity))
    }

    /// What a finding claims, without where it stands: the same whatever form the document was written in.
    static func claim(_ finding: Finding) -> String {
        "\(finding.rule) | \(finding.severity.rawValue) | \(finding.message) | \(finding.expected ?? "-") | \(finding.actual ?? "-")"
    }

    /// The flawed report as text and as Word's HTML (the same document, figures and planted errors) gives the same
    /// findings: rule, severity, message, expected and actual; only the lines differ.
    @Test func flawedReportTextAndHTMLGiveTheSameFindings() throws {
        let text = try Self.findings(Self.corpus("flawed-report-2567.txt"), format: .text)
        let html = try Self.findings(Self.corpus("flawed-report-2567.html"), format: .html)
        // Not vacuous: the text form raises every planted error (docs/corpus.md).
        let planted = ["disbursed-over-budget", "grand-total-sum", "percent-of-figures", "stated-count", "status-tally"]
        #expect(!text.isEmpty)
        #expect(Set(text.filter { $0.severity == .error }.map(\.rule)) == Set(planted))
        // Every finding points at a line of the HTML (540 lines) and carries its evidence.
        #expect(html.allSatisfy { (1...540).contains($0.line) && !$0.evidence.isEmpty })

        // The same claims: rule, severity, message, expected, actual (lines differ between the forms). In HTML
        // each cell of a total row has its own source line; the totals rules place a total by its row's line.
        let textClaims = text.map(Self.claim).sorted()
        let htmlClaims = html.map(Self.claim).sorted()
        #expect(textClaims == htmlClaims)
        // Each figure is placed on the source line that writes it, not at its `<p>` or `<td>`: Word wraps a
        // paragraph mid-sentence and sets a cell's text lines below its tag (MarkupPlaces).
        #expect(html.contains { $0.rule == "stated-count" && $0.line == 75 && $0.column == 30 })    // `<p>` at 70
        #expect(html.contains { $0.rule == "disbursed-over-budget" && $0.line == 292 })            // `<td>` at 289
        #expect(html.contains { $0.rule == "grand-total-sum" && $0.line == 486 })                  // `<td>` at 483
        #expect(html.contains { $0.rule == "status-tally" && $0.line == 516 && $0.column == 20 })  // `<p>` at 513
        // The summary block is two <p> (lines 513 and 519); the second one's percentage is on its third line.
        #expect(html.contains { $0.rule == "percent-of-figures" && $0.line == 521 })
        #expect(!html.contains { [70, 289, 483, 513, 519].contains($0.line) })
    }

    /// The same Word HTML with every line break removed (as Google Docs exports a document: all on one line) gives
    /// the same claims: rows are ordered by their place in the table, not by line.
    @Test func htmlOnOneLineGivesTheSameFindings() throws {
        let bytes = try Self.corpus("flawed-report-2567.html")
        let oneLine = bytes.map { $0 == 0x0A || $0 == 0x0D ? UInt8(ascii: " ") : $0 }
        let lines = try Self.findings(bytes, format: .html)
        let flat = try Self.findings(oneLine, format: .html)
        #expect(!lines.isEmpty)
        #expect(flat.allSatisfy { $0.line == 1 })
        #expect(flat.map(Self.claim).sorted() == lines.map(Self.claim).sorted())
    }

    @Test(.enabled(if: AuditIntegrationTests.seedsAvailable))
    func seedReportStatesTwentyNineButListsThirtyOne() throws {
        let bytes = try InputFile.readBytes(Self.seeds + "/000_f9f072e376e2edef.txt")
        let found = try Self.findings(bytes, format: .text)
        let count = try #require(found.first { $0.rule == "stated-count" && $0.actual == "29" })
        #expect(count.expected == "31" || count.message.contains("31"))
        #expect(count.message.contains("2"))
        // The disbursed total and its percentage are consistent: no error about them.
        #expect(!found.contains { $0.severity == .error && ($0.rule == "percent-of-figures" || $0.rule == "disbursed-over-budget") })
    }
}
