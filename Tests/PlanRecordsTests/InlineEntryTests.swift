@testable import PlanRecords
import Testing
import ThaiText

/// A progress report typed without a line a field: each numbered entry holds its name, budget, disbursement
/// and result on its own line (Word paragraphs with no empty paragraph between them read the same way).
@Suite struct InlineEntryTests {
    static let report = """
    รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
    องค์การบริหารส่วนตำบลทดสอบ
    ได้ดำเนินการตามแผน จำนวน ๓ โครงการ ดังนี้
    มิติที่ ๑ การสร้างสังคมที่ไม่ทนต่อการทุจริต
    ๑. โครงการอบรมคุณธรรมพนักงานทดสอบ งบประมาณ ๒๐,๐๐๐ บาท
    เบิกจ่าย ๑๘,๕๐๐ บาท ผลการดำเนินงาน ดำเนินการแล้วเสร็จ
    ๒. มาตรการประกาศเจตจำนงสุจริตทดสอบ ไม่ใช้งบประมาณ ผลการดำเนินงาน ดำเนินการแล้วเสร็จ
    มิติที่ ๒ การบริหารราชการเพื่อป้องกันการทุจริต
    ๑. โครงการตรวจสอบการใช้จ่ายงบประมาณทดสอบ งบประมาณ ๑๐,๐๐๐ บาท เบิกจ่าย ๙,๐๐๐ บาท
    ผลการดำเนินงาน อยู่ระหว่างดำเนินการ
    """

    @Test func eachNumberedLineIsAnEntryWithItsFields() throws {
        let plan = try record(Self.report)
        #expect(plan.projects.map(\.name) == ["โครงการอบรมคุณธรรมพนักงานทดสอบ", "มาตรการประกาศเจตจำนงสุจริตทดสอบ",
                                              "โครงการตรวจสอบการใช้จ่ายงบประมาณทดสอบ"])
        #expect(plan.projects.map(\.dimension) == ["1", "1", "2"])
        let first = try #require(plan.projects.first?.mentions.first)
        #expect(first.role == .narrative)
        #expect(first.line == 5)
        #expect(first.numbering == "๑.")
        #expect(first.budgets[2568]?.value == ExactDecimal("20000"))
        #expect(first.disbursed?.value == ExactDecimal("18500"))
        #expect(first.disbursed?.line == 6)
        #expect(first.status?.value == .completed)
        let second = try #require(plan.projects.dropFirst().first?.mentions.first)
        #expect(second.disbursed?.value == .zero)
        #expect(second.status?.value == .completed)
        // The word งบประมาณ inside a name is no label: no figure follows it.
        let third = try #require(plan.projects.last?.mentions.first)
        #expect(third.budgets[2568]?.value == ExactDecimal("10000"))
        #expect(third.disbursed?.value == ExactDecimal("9000"))
        #expect(third.status?.value == .inProgress)
        #expect(third.line == 9)
    }

    /// The same entries as bullets (`- โครงการ… งบประมาณ …`): each one an entry with its fields, and no numbering.
    @Test func bulletedEntriesAreEntriesToo() throws {
        let text = Self.report.replacing("๑. ", with: "- ").replacing("๒. ", with: "- ")
        let plan = try record(text)
        #expect(plan.projects.count == 3)
        let first = try #require(plan.projects.first?.mentions.first)
        #expect(first.numbering == nil)
        #expect(first.budgets[2568]?.value == ExactDecimal("20000"))
        #expect(first.disbursed?.value == ExactDecimal("18500"))
        #expect(plan.projects.last?.mentions.first?.status?.value == .inProgress)
    }

    /// A numbered line with only a name is still an entry of its own, and takes no field of the entry above.
    @Test func aNumberedLineWithOnlyANameTakesNoFields() throws {
        let text = Self.report.replacing(" ไม่ใช้งบประมาณ ผลการดำเนินงาน ดำเนินการแล้วเสร็จ", with: "")
        let plan = try record(text)
        #expect(plan.projects.count == 3)
        let bare = try #require(plan.project(named: "มาตรการประกาศเจตจำนงสุจริตทดสอบ")?.mentions.first)
        #expect(bare.status == nil)
        #expect(bare.disbursed == nil)
        #expect(plan.project(named: "โครงการอบรมคุณธรรมพนักงานทดสอบ")?.mentions.first?.status?.value == .completed)
    }

    /// Word paragraphs with no empty paragraph between them, the last entry right above the status table (the
    /// reader takes it for the table's title): every entry is read, on the line its paragraph starts.
    @Test func wordParagraphsAboveATable() throws {
        let html = """
        <html><body>
        <p class=MsoNormal>รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</p>
        <p class=MsoNormal>มิติที่ ๑ การสร้างสังคมที่ไม่ทนต่อการทุจริต</p>
        <p class=MsoNormal>๑. โครงการอบรมคุณธรรมพนักงานทดสอบ งบประมาณ ๒๐,๐๐๐ บาท
        เบิกจ่าย ๑๘,๕๐๐ บาท ผลการดำเนินงาน ดำเนินการแล้วเสร็จ</p>
        <p class=MsoNormal>๒. โครงการเผยแพร่ข่าวสารทดสอบ งบประมาณ ๑๐,๐๐๐ บาท เบิกจ่าย ๑๒,๐๐๐ บาท</p>
        <table border=1>
        <tr><td>ที่</td><td>โครงการ</td><td>งบประมาณ</td><td>เบิกจ่าย</td></tr>
        <tr><td>1</td><td>โครงการอบรมคุณธรรมพนักงานทดสอบ</td><td>20,000</td><td>18,500</td></tr>
        <tr><td>2</td><td>โครงการเผยแพร่ข่าวสารทดสอบ</td><td>10,000</td><td>10,000</td></tr>
        </table>
        </body></html>
        """
        let plan = try record(html, as: .html)
        #expect(plan.projects.count == 2)
        let last = try #require(plan.project(named: "โครงการเผยแพร่ข่าวสารทดสอบ"))
        let narrative = try #require(last.mentions.first { $0.role == .narrative })
        #expect(narrative.line == 6)
        #expect(narrative.disbursed?.value == ExactDecimal("12000"))
        #expect(last.mentions.contains { $0.role == .statusRow })
        let first = try #require(plan.project(named: "โครงการอบรมคุณธรรมพนักงานทดสอบ")?.mentions.first { $0.role == .narrative })
        #expect(first.line == 4)
        #expect(first.disbursed?.line == 5)
        #expect(first.status?.value == .completed)
    }

    @Test func theLinesFindInlineLabelsOnlyBeforeAFigure() {
        let line = Array("โครงการตรวจสอบการใช้จ่ายงบประมาณ งบประมาณ ๑๐,๐๐๐ บาท ผลการดำเนินงาน ดี".utf8)
        let labels = NarrativeReader.inlineLabels(in: line, from: 0)
        #expect(labels.map(\.field) == [.budget, .results])
        #expect(labels.first?.start == Array("โครงการตรวจสอบการใช้จ่ายงบประมาณ ".utf8).count)
    }
}
