import Testing
import PlanRecords
import ThaiText

/// The corpus documents' essentials, asserted value by value (the golden files hold the rest).
@Suite struct CorpusRecordsTests {
    @Test func planHasItsPeriodProjectsAndTotals() throws {
        let plan = try corpusRecord("plan-2567-2570.txt")
        #expect(plan.document.kind == .actionPlan)
        #expect(plan.document.organisation?.name.value == "เทศบาลตำบลหนองตะเคียนงาม")
        #expect(plan.document.organisation?.type == .subdistrictMunicipality)
        #expect(plan.document.period?.value == 2567...2570)
        #expect(plan.document.issued?.value.isoCE == "2023-09-29")
        #expect(plan.projects.count == 12)
        // The grand total row states 180,000 for 2567, and the 2567 year table's total agrees.
        let grand = plan.declared(.grandTotal).filter { $0.year == 2567 }
        #expect(grand.map(\.value.value).allSatisfy { $0 == .of("180000") })
        #expect(grand.count == 2)
        // Each year's table row, the summary row and a detail sheet link to one project.
        let training = try #require(plan.project(named: "อบรมเสริมสร้างคุณธรรม"))
        #expect(Set(training.mentions.map(\.role)).isSuperset(of: [.summaryRow, .yearTableRow, .detailSheet]))
        #expect(training.budgets[2567]?.value == .of("20000"))
        let sheet = try #require(training.mentions.first { $0.role == .detailSheet })
        #expect(sheet.budgetPerYear?.value == .of("20000"))
        #expect(sheet.number == 1)
        // Quarter counts stated in the 2567 total row: 6, 8, 8, 6.
        let quarters = plan.declared(.quarterCount).filter { $0.year == 2567 }.sorted { $0.quarter! < $1.quarter! }
        #expect(quarters.map(\.value.value) == [.of("6"), .of("8"), .of("8"), .of("6")])
        // Items ๑๐) and ๑๑) share a cell whose values could not be aligned: their figures are unknown, not made up.
        let unaligned = plan.projects.flatMap(\.mentions).filter { !$0.valuesAligned }
        #expect(unaligned.count == 2)
        #expect(unaligned.allSatisfy { $0.budgets.isEmpty })
    }

    /// The HTML export names its organisation first in a page header; its district and province stand under
    /// the name further down, and are read as from the text export.
    @Test func htmlReportPlacesItsOrganisation() throws {
        let report = try corpusRecord("progress-report-2567.html")
        #expect(report.document.organisation?.district?.value == "นาสวน")
        #expect(report.document.organisation?.province?.value == "ตัวอย่าง")
        #expect(report.document.organisation?.province?.line == 64)  // where its <p> opens
    }

    @Test func progressReportHasStatusesAndNarrative() throws {
        let report = try corpusRecord("progress-report-2567.txt")
        #expect(report.document.kind == .progressReport)
        #expect(report.document.organisation?.name.value == "องค์การบริหารส่วนตำบลทุ่งทองคำ")
        #expect(report.document.organisation?.district?.value == "นาสวน")
        #expect(report.document.fiscalYear?.value == 2567)
        #expect(report.dimensions.map(\.key).starts(with: ["1", "2"]))
        let training = try #require(report.project(named: "อบรมคุณธรรมจริยธรรม"))
        #expect(training.mentions.map(\.role).contains(.narrative))
        #expect(training.mentions.map(\.role).contains(.statusRow))
        #expect(training.status?.value == .completed)
        #expect(!report.amountsInWords.isEmpty)
        #expect(report.amountsInWords.allSatisfy { $0.figure.value == $0.words.value })
    }

    @Test func itaAnalysisMemoHasToolsIndicatorsAndBands() throws {
        let memo = try corpusRecord("ita-analysis-2566.html")
        #expect(memo.document.kind == .itaAnalysisMemo)
        #expect(memo.source.encoding == .windows874)
        let scores = try #require(memo.scores)
        #expect(scores.overall?.value == .of("89.45"))
        #expect(scores.grade?.value == "A")
        #expect(scores.tools.map(\.name) == ["IIT", "EIT", "OIT"])
        #expect(scores.tools.map { $0.weight?.value } == [.of("30"), .of("30"), .of("40")])
        #expect(scores.tools.map { $0.score?.value } == [.of("92.90"), .of("83.60"), .of("91.25")])
        #expect(scores.indicators.count == 10)
        #expect(scores.bands.count == 7)
        #expect(scores.bands.first { $0.grade == "A" }?.low == .of("85.00"))
    }

    @Test func itaMeasuresReportHasMeasuresAndScores() throws {
        let report = try corpusRecord("ita-measures-2566.md")
        #expect(report.document.kind == .itaMeasuresReport)
        #expect(report.projects.count == 6)
        #expect(report.projects.allSatisfy { $0.kind == .measure })
        #expect(report.scores?.overall?.value == .of("77.14"))
        #expect(report.scores?.grade?.value == "B")
        #expect(report.scores?.tools.map { $0.score?.value } == [.of("89.50"), .of("79.30"), .of("66.25")])
        #expect(report.document.signatories.contains { $0.role == "ผู้รายงาน" })
    }
}
