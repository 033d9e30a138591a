import Testing
@testable import DocumentReader
import ThaiText

/// Every corpus document read → golden/<name>.blocks.json. Re-record with `SARABUN_RECORD=1 swift test`,
/// then read the diff: a golden file is reviewed, never refreshed blindly.
@Suite struct GoldenBlocksTests {
    static let corpus = [
        "progress-report-2567.txt", "progress-report-2567.html", "plan-2567-2570.txt",
        "ita-measures-2566.md", "ita-analysis-2566.html", "flawed-ita-2566.md",
        "flawed-report-2567.txt", "flawed-report-2567.html", "flawed-plan-2568-2570.txt",
        "flawed-report-2568.txt", "flawed-disbursement-2568.txt", "plan-outline-2569-2571.html",
    ]

    @Test(arguments: corpus)
    func blocksMatchGolden(_ name: String) throws {
        let document = try DocumentReader.read(contentsOf: Paths.root + "/corpus/" + name)
        let actual = DocumentJSON.object(document, file: "corpus/" + name) + "\n"
        let goldenPath = Paths.root + "/golden/" + name + ".blocks.json"
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
}

/// The same document written as text and as HTML reads into the same model, apart from positions.
@Suite struct FormEquivalenceTests {
    /// The model without positions, raw text or tokens' places: what the document says.
    static func content(_ document: Document) -> [String] {
        document.blocks.map { block in
            guard let table = block.table else { return "\(block.kind.rawValue): \(block.text)" }
            var lines = ["table: \(table.title ?? "")", "header: " + table.header.joined(separator: " | ")]
            for row in table.rows {
                lines.append("\(row.kind.rawValue): " + row.cells.map { cell in
                    cell.text + (cell.tick.map { " [\($0.rawValue)]" } ?? "")
                }.joined(separator: " | "))
            }
            return lines.joined(separator: "\n")
        }
    }

    @Test func progressReportTextAndHTMLReadAlike() throws {
        let text = try DocumentReader.read(contentsOf: Paths.root + "/corpus/progress-report-2567.txt")
        let html = try DocumentReader.read(contentsOf: Paths.root + "/corpus/progress-report-2567.html")
        #expect(text.format == .text)
        #expect(html.format == .html)
        let textContent = Self.content(text)
        let htmlContent = Self.content(html)
        for (index, (a, b)) in zip(textContent, htmlContent).enumerated() where a != b {
            Issue.record("block \(index + 1) differs:\n  text: \(a)\n  html: \(b)")
        }
        #expect(textContent.count == htmlContent.count)
        #expect(text.tables.count == 1)
    }

    /// The flawed report's Word HTML (corpus/flawed-report-2567.html) reads like its text, total row included.
    @Test func flawedReportTextAndHTMLReadAlike() throws {
        let text = try DocumentReader.read(contentsOf: Paths.root + "/corpus/flawed-report-2567.txt")
        let html = try DocumentReader.read(contentsOf: Paths.root + "/corpus/flawed-report-2567.html")
        #expect(html.format == .html)
        let textContent = Self.content(text)
        let htmlContent = Self.content(html)
        for (index, (a, b)) in zip(textContent, htmlContent).enumerated() where a != b {
            Issue.record("block \(index + 1) differs:\n  text: \(a)\n  html: \(b)")
        }
        #expect(textContent.count == htmlContent.count)
        let table = try #require(html.tables.first)
        #expect(table.rows.filter { $0.kind == .body }.count == 7)
        #expect(table.rows.filter { $0.kind == .total }.count == 1)
        #expect(table.rows.filter { $0.cells.last?.tick == .checked }.count == 4)
    }
}
