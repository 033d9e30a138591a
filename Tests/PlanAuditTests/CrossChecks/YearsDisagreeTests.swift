import Testing
@testable import PlanAudit
import PlanRecords
import DocumentReader

@Suite struct YearsDisagreeTests {
    static func report(law: String, date: String) -> String {
        """
        รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
        องค์การบริหารส่วนตำบลทดสอบงาม

        ตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐ หน่วยงานต้องเปิดเผยข้อมูล

        ๑.๑ ชื่อโครงการ : โครงการเผยแพร่ข้อมูลข่าวสาร
        การดำเนินการ เผยแพร่ข้อมูลตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐
        ผลการดำเนินการ จัดประชุมชี้แจงเมื่อวันที่ \(date)

        ทั้งนี้ เป็นไปตาม พ.ร.บ. ข้อมูลข่าวสารของราชการ พ.ศ. \(law)

        ประกาศ ณ วันที่ ๑๕ ตุลาคม พ.ศ. ๒๕๖๗
        """
    }

    @Test func lawWithTwoYearsAndDateOutsideTheYear() throws {
        let findings = try CrossCheckDoc.findings(YearsDisagree(), Self.report(law: "๒๕๔๑", date: "๑๕ ธันวาคม ๒๕๖๗"))
        let law = try #require(findings.first { $0.message.contains("cited") })
        #expect(law.rule == "years-disagree")
        #expect(law.severity == .warning)
        #expect(law.line == 10)
        #expect(law.expected == "2540" && law.actual == "2541")
        #expect(law.evidence.count == 3)
        let date = try #require(findings.first { $0.message.contains("fiscal year") })
        #expect(date.line == 8)
        #expect(date.severity == .warning)
        #expect(date.actual == "2567-12-15")
        #expect(findings.count == 2)
    }

    @Test func quietWhenYearsAgree() throws {
        // The issue date (after the year) is not a finding.
        #expect(try CrossCheckDoc.findings(YearsDisagree(), Self.report(law: "๒๕๔๐", date: "๑๕ ธันวาคม ๒๕๖๖")).isEmpty)
    }

    /// A line that is a date and nothing else, under the reporter's signature (`วันที่ ๙ ตุลาคม ๒๕๖๗`), dates the
    /// report: quiet. The same date after words of work (`จัดประชุมชี้แจงเมื่อวันที่ …`) is still reported.
    @Test func aDateStandingAloneUnderTheSignatureDatesTheReport() throws {
        let signed = Self.report(law: "๒๕๔๐", date: "๑๕ ธันวาคม ๒๕๖๖").replacing("ประกาศ ณ วันที่ ๑๕ ตุลาคม พ.ศ. ๒๕๖๗",
            with: "ลงชื่อ นายทดสอบ ใจดี ปลัดองค์การบริหารส่วนตำบล ผู้รายงาน\n\nวันที่ ๙ ตุลาคม ๒๕๖๗")
        #expect(try CrossCheckDoc.findings(YearsDisagree(), signed).isEmpty)
        let work = try CrossCheckDoc.findings(YearsDisagree(), Self.report(law: "๒๕๔๐", date: "๙ ตุลาคม ๒๕๖๗"))
        #expect(work.map(\.line) == [8])
    }
}
