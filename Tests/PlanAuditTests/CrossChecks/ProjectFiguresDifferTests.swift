import Testing
@testable import PlanAudit
import PlanRecords
import DocumentReader

@Suite struct ProjectFiguresDifferTests {
    static let report = """
    รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
    องค์การบริหารส่วนตำบลทดสอบงาม

    มิติที่ ๑ การสร้างวัฒนธรรมสุจริต

    ๑.๑ โครงการอบรมคุณธรรมจริยธรรมแก่บุคลากร
    การดำเนินการ จัดอบรมบุคลากร
    งบประมาณดำเนินการ ๒๐,๐๐๐ บาท
    เบิกจ่าย ๑๕,๐๐๐ บาท
    ผลการดำเนินการ บุคลากรเข้าร่วม

    ตารางที่ ๑ สถานะการดำเนินการ
    ลำดับ\tโครงการ\tงบประมาณ\tเบิกจ่าย\tยังไม่ดำเนินการ\tอยู่ระหว่างดำเนินการ\tดำเนินการแล้วเสร็จ
    1\tโครงการอบรมคุณธรรมจริยธรรมแก่บุคลากร\t20,000.00\tDISBURSED\t\t\t☑
    2\tมาตรการป้องกันผลประโยชน์ทับซ้อน\t0.00\t0.00\t\t\t☑
    """

    @Test func narrativeAgainstTableDisagrees() throws {
        let text = Self.report.replacing("DISBURSED", with: "18,500.00")
        let findings = try CrossCheckDoc.findings(ProjectFiguresDiffer(), text)
        let disbursed = findings.filter { $0.message.contains("disbursed") }
        #expect(disbursed.count == 1)
        let finding = try #require(disbursed.first)
        #expect(finding.rule == "project-figures-differ")
        #expect(finding.severity == .error)
        #expect(finding.message.contains("15,000") && finding.message.contains("18,500"))
        #expect(finding.line == 9)  // the narrative, less authoritative than the table
        #expect(finding.evidence.map(\.line) == [9, 14])
        // Each place shows the figure read there, at its column: `เบิกจ่าย ๑๕,๐๐๐ บาท`, not the entry's name line.
        #expect(finding.column == 10)
        #expect(finding.evidence.map(\.value) == ["๑๕,๐๐๐ บาท", "18,500.00"])
        #expect(finding.evidence[0].text == "๑๕,๐๐๐ บาท · โครงการอบรมคุณธรรมจริยธรรมแก่บุคลากร")
        #expect(finding.expected == "18,500" && finding.actual == "15,000")
    }

    /// The table names the project shorter than the narrative does (`โครงการอบรมคุณธรรม`): the link is
    /// uncertain. Where the budget both state agrees, the disbursement that differs is a warning; where nothing
    /// bears the link out, only a note.
    @Test func anUncertainLinkBorneOutByItsBudgetIsCompared() throws {
        func text(budget: String) -> String {
            Self.report.replacing("DISBURSED", with: "18,500.00")
                .replacing("1\tโครงการอบรมคุณธรรมจริยธรรมแก่บุคลากร", with: "1\tโครงการอบรมคุณธรรม")
                .replacing("งบประมาณดำเนินการ ๒๐,๐๐๐ บาท", with: "งบประมาณดำเนินการ \(budget) บาท")
        }
        let record = try CrossCheckDoc.record(text(budget: "๒๐,๐๐๐"))
        #expect(record.projects.first?.mentions.first?.confidence == .uncertain)
        let borne = ProjectFiguresDiffer().check(record, AuditOptions())
        #expect(borne.map(\.severity) == [.warning])
        #expect(borne.first?.message.contains("the budget both state agrees") == true)
        #expect(borne.first?.expected == "18500.00" && borne.first?.actual == "15000.00")
        let unsupported = try CrossCheckDoc.findings(ProjectFiguresDiffer(), text(budget: "๒๕,๐๐๐"))
        #expect(unsupported.map(\.severity) == [.info, .info])
    }

    static let sentenceReport = """
    รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
    เทศบาลตำบลทดสอบงาม

    โครงการส่งเสริมการมีส่วนร่วมของชุมชน จัดประชุมเมื่อวันที่ ๒ มีนาคม ๒๕๖๗ งบประมาณ ๓๐,๐๐๐ บาท เบิกจ่าย SAID บาท
    โครงการปลูกป่าชุมชน จัดกิจกรรมแล้ว งบประมาณ ๕,๐๐๐ บาท เบิกจ่าย ๔,๐๐๐ บาท

    ลำดับ\tโครงการ\tงบประมาณ\tเบิกจ่าย\tอยู่ระหว่างดำเนินการ\tดำเนินการแล้วเสร็จ
    1\tโครงการส่งเสริมการมีส่วนร่วมของชุมชน\t30,000.00\t27,500.00\t\t☑
    2\tมาตรการป้องกันผลประโยชน์ทับซ้อน\t0.00\t0.00\t\t☑
    """

    @Test func sentenceAboutOneProjectIsHeldAgainstItsRow() throws {
        let findings = try CrossCheckDoc.findings(ProjectFiguresDiffer(), Self.sentenceReport.replacing("SAID", with: "๒๖,๕๐๐"))
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.message.contains("26,500") && finding.message.contains("27,500"))
        #expect(finding.evidence.map(\.line) == [4, 8])
        #expect(finding.evidence[0].text == "๒๖,๕๐๐ บาท · โครงการส่งเสริมการมีส่วนร่วมของชุมชน")
        // The same figure in both places: nothing to say. The sentence naming no project makes none.
        #expect(try CrossCheckDoc.findings(ProjectFiguresDiffer(), Self.sentenceReport.replacing("SAID", with: "๒๗,๕๐๐")).isEmpty)
    }

    @Test func quietWhenConsistent() throws {
        let text = Self.report.replacing("DISBURSED", with: "15,000.00")
        #expect(try CrossCheckDoc.findings(ProjectFiguresDiffer(), text).isEmpty)
    }

    static let plan = """
    แผนปฏิบัติการป้องกันการทุจริต พ.ศ. ๒๕๖๗ - ๒๕๖๘
    เทศบาลตำบลทดสอบงาม

    แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2567 ของ เทศบาลตำบลทดสอบงาม
    ลำดับ\tรายการโครงการ\tมิติ\tงบประมาณ (บาท)\tดำเนินการไตรมาส\t\t\t\tหมายเหตุ
    \t\t\t\t1\t2\t3\t4\t
    1\tโครงการอบรมคุณธรรมจริยธรรมแก่ผู้บริหาร\t1\tY67\t☑\t☑\t\t\t
    2\tมาตรการป้องกันผลประโยชน์ทับซ้อน\t1\t0.00\t☑\t☑\t☑\t☑\t

    แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2568 ของ เทศบาลตำบลทดสอบงาม
    ลำดับ\tรายการโครงการ\tมิติ\tงบประมาณ (บาท)\tดำเนินการไตรมาส\t\t\t\tหมายเหตุ
    \t\t\t\t1\t2\t3\t4\t
    1\tโครงการอบรมคุณธรรมจริยธรรมแก่ผู้บริหาร\t1\t20,000.00\t☑\t☑\t\t\t
    2\tมาตรการป้องกันผลประโยชน์ทับซ้อน\t1\t0.00\t☑\t☑\t☑\t☑\t

    ลำดับที่ ๑
    ๑. ชื่อโครงการ : โครงการอบรมคุณธรรมจริยธรรมแก่ผู้บริหาร
    ๖. งบประมาณ
    ปีละ ๒๐,๐๐๐ บาท
    """

    @Test func yearTableAgainstOthersSaysWhichIsSupported() throws {
        let text = Self.plan.replacing("Y67", with: "25,000.00")
        let record = try CrossCheckDoc.record(text)
        let findings = ProjectFiguresDiffer().check(record, AuditOptions())
        let finding = try #require(findings.first { $0.message.contains("2567") })
        // Two places, neither supported by a third: reported at the less authoritative one, the sheet's ปีละ.
        #expect(finding.severity == .error)
        #expect(finding.line == 19)
        #expect(finding.actual == "20,000" && finding.expected == "25,000")
        #expect(finding.message.contains("25,000 in the 2567 year table (line 7)"))
        #expect(finding.corroboration == nil)
        #expect(finding.evidence.map(\.line) == [19, 7])
        #expect(findings.count == 1)
    }

    /// The sheet's `ปีละ ๑๘,๐๐๐ บาท` against 20,000 in both year tables: one finding naming both years, not one a year.
    @Test func oneStatementWrongInEveryYearIsOneFinding() throws {
        let text = Self.plan.replacing("Y67", with: "20,000.00").replacing("ปีละ ๒๐,๐๐๐ บาท", with: "ปีละ ๑๘,๐๐๐ บาท")
        let findings = try CrossCheckDoc.findings(ProjectFiguresDiffer(), text)
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.line == 19 && finding.actual == "18,000" && finding.expected == "20,000")
        #expect(finding.message.contains("budget for each of 2567 and 2568 is 18,000"))
        #expect(finding.message.hasSuffix("(lines 7, 13)"))
        #expect(finding.evidence.map(\.line) == [19, 7, 13])
        // Each place says which year's figure it is: a summary row's cells of several years stand on one line.
        #expect(finding.evidence.map(\.note) == ["reported", "stated 2567", "stated 2568"])
    }

    @Test func planQuietWhenConsistent() throws {
        let text = Self.plan.replacing("Y67", with: "20,000.00")
        #expect(try CrossCheckDoc.findings(ProjectFiguresDiffer(), text).isEmpty)
    }
}

extension ProjectFiguresDifferTests {
    /// Three places state the budget of one year; two agree: the finding says which one they support.
    @Test func corroborationNamesTheOddPlace() throws {
        let text = """
        รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
        องค์การบริหารส่วนตำบลทดสอบงาม

        มิติที่ ๑ การสร้างวัฒนธรรมสุจริต

        ๑.๑ โครงการอบรมคุณธรรมจริยธรรมแก่บุคลากร
        การดำเนินการ จัดอบรมบุคลากร
        งบประมาณดำเนินการ ๒๕,๐๐๐ บาท
        ผลการดำเนินการ บุคลากรเข้าร่วม

        รายละเอียดโครงการ/กิจกรรม/มาตรการ

        ลำดับที่ ๑

        ๑. ชื่อโครงการ : โครงการอบรมคุณธรรมจริยธรรมแก่บุคลากร

        งบประมาณดำเนินการ

        ๒๐,๐๐๐ บาท

        ตารางที่ ๑ สถานะการดำเนินการ
        ลำดับ\tโครงการ\tงบประมาณ\tเบิกจ่าย\tยังไม่ดำเนินการ\tอยู่ระหว่างดำเนินการ\tดำเนินการแล้วเสร็จ
        1\tโครงการอบรมคุณธรรมจริยธรรมแก่บุคลากร\t20,000.00\t18,500.00\t\t\t☑
        """
        let record = try CrossCheckDoc.record(text)
        let findings = ProjectFiguresDiffer().check(record, AuditOptions())
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.line == 8)
        #expect(finding.actual == "25,000" && finding.expected == "20,000")
        #expect(finding.corroboration?.hasSuffix("agree on 20,000: the figure at the narrative (line 8) is likely wrong") == true)
        #expect(finding.evidence.count == 3)
    }
}
