import Testing
import PlanRecords
import ThaiText

/// Every corpus document parsed → golden/<name>.records.json. Re-record with `SARABUN_RECORD=1 swift test`,
/// then read the diff: a golden file is reviewed, never refreshed blindly.
@Suite struct GoldenRecordsTests {
    static let corpus = [
        "progress-report-2567.txt", "progress-report-2567.html", "plan-2567-2570.txt",
        "ita-measures-2566.md", "ita-analysis-2566.html", "flawed-ita-2566.md",
        "flawed-report-2567.txt", "flawed-report-2567.html", "flawed-plan-2568-2570.txt",
        "flawed-report-2568.txt", "flawed-disbursement-2568.txt", "plan-outline-2569-2571.html",
    ]

    @Test(arguments: corpus)
    func recordsMatchGolden(_ name: String) throws {
        let actual = RecordJSON.object(try corpusRecord(name)) + "\n"
        let goldenPath = Paths.root + "/golden/" + name + ".records.json"
        if Paths.recording {
            Paths.write(actual, to: goldenPath)
            return
        }
        let expected = String(decoding: try InputFile.readBytes(goldenPath), as: UTF8.self)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, (want, got)) in zip(expectedLines, actualLines).enumerated() where want != got {
            Issue.record("golden line \(index + 1) of \(name) differs:\n  expected \(want)\n  actual   \(got)")
            break
        }
        #expect(expectedLines.count == actualLines.count)
    }

    /// The same report as text and as HTML gives the same projects, figures and stated totals.
    @Test func textAndHTMLGiveTheSameRecords() throws {
        let text = try corpusRecord("progress-report-2567.txt")
        let html = try corpusRecord("progress-report-2567.html")
        #expect(text.document.kind == html.document.kind)
        #expect(text.document.organisation?.name.value == html.document.organisation?.name.value)
        #expect(text.document.fiscalYear?.value == html.document.fiscalYear?.value)
        func summary(_ record: PlanRecord) -> [String] {
            record.projects.map { project in
                let budgets = project.budgets.keys.sorted().map { "\($0)=\(project.budgets[$0]!.value)" }.joined(separator: ",")
                return "\(project.name)|\(project.kind?.rawValue ?? "")|\(project.dimension ?? "")|\(budgets)|\(project.disbursed?.value.description ?? "")|\(project.status?.value.rawValue ?? "")|\(project.mentions.map(\.role.rawValue))"
            } + record.declared.map { "\($0.what.rawValue)=\($0.value.value)" }
        }
        #expect(summary(text) == summary(html))
    }
}
