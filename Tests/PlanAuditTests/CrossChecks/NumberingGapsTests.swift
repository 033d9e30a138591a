import Testing
@testable import PlanAudit
import PlanRecords
import DocumentReader

@Suite struct NumberingGapsTests {
    static func table(_ numbers: [String]) -> String {
        let names = ["โครงการอบรมคุณธรรมแก่ผู้บริหาร", "มาตรการป้องกันผลประโยชน์ทับซ้อน", "โครงการค่ายเยาวชนคนดี",
                     "โครงการพัฒนาเว็บไซต์ของเทศบาล", "กิจกรรมสอบทานระบบควบคุมภายใน"]
        let rows = zip(numbers, names).map { "\($0)\t\($1)\t1\t0.00\t☑\t\t\t\t" }.joined(separator: "\n")
        return """
        แผนปฏิบัติการป้องกันการทุจริต พ.ศ. ๒๕๖๗ - ๒๕๖๘
        เทศบาลตำบลทดสอบงาม

        แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2567 ของ เทศบาลตำบลทดสอบงาม
        ลำดับ\tรายการโครงการ\tมิติ\tงบประมาณ (บาท)\tดำเนินการไตรมาส\t\t\t\tหมายเหตุ
        \t\t\t\t1\t2\t3\t4\t
        \(rows)
        """
    }

    @Test func repeatAndSkipInRows() throws {
        let findings = try CrossCheckDoc.findings(NumberingGaps(), Self.table(["1", "2", "2", "4", "6"]))
        let repeated = try #require(findings.first { $0.severity == .error })
        #expect(repeated.rule == "numbering")
        #expect(repeated.line == 9)
        #expect(repeated.message.contains("row number 2 is used twice"))
        #expect(repeated.expected == "3")  // it stands where 3 is missing
        let gap = try #require(findings.first { $0.severity == .warning })
        #expect(gap.message.contains("row number 5 is missing"))
        #expect(gap.line == 11)
        #expect(findings.count == 2)
    }

    /// Outline numbers in the number column (`๒.๑`, `๒.๒`, `๓.๑`) count within their parent: no number is used twice.
    /// (Read by their first part, `๒.๑` and `๒.๒` were both row 2.) A skip within a parent is still a gap.
    @Test func outlineNumbersCountWithinTheirParent() throws {
        #expect(try CrossCheckDoc.findings(NumberingGaps(), Self.table(["๑.๑", "๑.๒", "๒.๑", "๒.๒", "๒.๓"])).isEmpty)
        let findings = try CrossCheckDoc.findings(NumberingGaps(), Self.table(["๑.๑", "๑.๒", "๒.๑", "๒.๓", "๒.๔"]))
        #expect(findings.map(\.severity) == [.warning])
        #expect(findings.first?.message.contains("row number 2 is missing") == true)
    }

    /// An HTML table inside markdown (a vision-OCR export): the evidence shows each row's name, not its `<td>`.
    @Test func evidenceShowsNamesWithoutTheirMarkup() throws {
        let text = """
        # รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘

        <table>
        <tr><th>ลำดับ</th><th>โครงการ</th><th>งบประมาณ</th><th>เบิกจ่าย</th></tr>
        <tr><td>1</td><td>โครงการอบรมคุณธรรม</td><td>50,000</td><td>45,000</td></tr>
        <tr><td>2</td><td rowspan="1">โครงการเผยแพร่ข้อมูลข่าวสาร</td><td>10,000</td><td>10,000</td></tr>
        <tr><td>2</td><td><b>โครงการตรวจสอบ</b>
        ภายใน</td><td>0</td><td>0</td></tr>
        </table>
        """
        let findings = try CrossCheckDoc.findings(NumberingGaps(), text, format: .markdown)
        let repeated = try #require(findings.first)
        #expect(repeated.evidence.map(\.text) == ["โครงการตรวจสอบ ภายใน", "โครงการเผยแพร่ข้อมูลข่าวสาร"])
    }

    @Test func restartAtOneIsANewSequence() throws {
        #expect(try CrossCheckDoc.findings(NumberingGaps(), Self.table(["1", "2", "3", "1", "2"])).isEmpty)
        #expect(try CrossCheckDoc.findings(NumberingGaps(), Self.table(["1", "2", "3", "4", "5"])).isEmpty)
    }
}
