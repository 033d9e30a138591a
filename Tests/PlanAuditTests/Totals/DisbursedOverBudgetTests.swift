import DocumentReader
@testable import PlanAudit
import PlanRecords
import Testing

@Suite struct DisbursedOverBudgetTests {
    let rule = DisbursedOverBudgetRule()

    @Test func disbursedOverBudgetIsAnError() throws {
        var rows = TotalsDoc.threeRows
        rows[2].disbursed = "12,500.00"
        let money = "เบิกจ่ายงบประมาณทั้งสิ้น ๓๑,๐๐๐ บาท จากงบประมาณ ๓๐,๐๐๐ บาท คิดเป็นร้อยละ ๑๐๓.๓๓"
        let text = TotalsDoc.report(rows: rows, tallies: TotalsDoc.threeTallies, money: money)
        let findings = try TotalsDoc.findings(rule, text)
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.rule == "disbursed-over-budget")
        #expect(finding.severity == .error)
        #expect(finding.line == TotalsDoc.line(of: "โครงการประชาคมทดสอบ", in: text))
        #expect(finding.expected == "10000.00")
        #expect(finding.actual == "12500.00")
        #expect(finding.evidence.map(\.value) == ["12,500.00", "10,000.00"])
    }

    /// A narrative entry is named by its name alone: the evidence shows each figure before it.
    @Test func anEntrysEvidenceShowsItsFigures() throws {
        let text = """
        รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
        องค์การบริหารส่วนตำบลทดสอบ

        โครงการเผยแพร่ข่าวสารทางเว็บไซต์ทดสอบ
        การดำเนินการ จัดทำเว็บไซต์
        งบประมาณดำเนินการ ๑๐,๐๐๐ บาท เบิกจ่าย ๑๒,๐๐๐ บาท
        ผลการดำเนินการ ดำเนินการแล้วเสร็จ
        """
        let findings = try TotalsDoc.findings(rule, text)
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.line == 6)
        #expect(finding.evidence.map(\.text) == ["๑๒,๐๐๐ บาท · โครงการเผยแพร่ข่าวสารทางเว็บไซต์ทดสอบ",
                                                 "๑๐,๐๐๐ บาท · โครงการเผยแพร่ข่าวสารทางเว็บไซต์ทดสอบ"])
        #expect(FindingReport(colour: false).excerpt(finding.evidence[0]) == "«๑๒,๐๐๐ บาท» · โครงการเผยแพร่ข่าวสารทางเว็บไซต์ทดสอบ")
    }

    @Test func disbursedWithinBudgetIsQuiet() throws {
        let text = TotalsDoc.report(rows: TotalsDoc.threeRows, tallies: TotalsDoc.threeTallies, money: TotalsDoc.threeMoney)
        #expect(try TotalsDoc.findings(rule, text).isEmpty)
    }
}
