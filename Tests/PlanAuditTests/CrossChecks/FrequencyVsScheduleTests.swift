import Testing
@testable import PlanAudit
import PlanRecords
import DocumentReader

@Suite struct FrequencyVsScheduleTests {
    static func plan(_ ticks: String) -> String {
        """
        แผนปฏิบัติการป้องกันการทุจริต พ.ศ. ๒๕๖๗ - ๒๕๖๘
        เทศบาลตำบลทดสอบงาม

        แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2567 ของ เทศบาลตำบลทดสอบงาม
        ลำดับ\tรายการโครงการ\tมิติ\tงบประมาณ (บาท)\tดำเนินการไตรมาส\t\t\t\tหมายเหตุ
        \t\t\t\t1\t2\t3\t4\t
        1\tโครงการอบรมคุณธรรมจริยธรรมแก่ผู้บริหาร\t1\t20,000.00\t\(ticks)\t
        2\tมาตรการป้องกันผลประโยชน์ทับซ้อน\t1\t0.00\t☑\t☑\t☑\t☑\t

        ลำดับที่ ๑
        ๑. ชื่อโครงการ : โครงการอบรมคุณธรรมจริยธรรมแก่ผู้บริหาร
        ๕. วิธีดำเนินการ
        จัดอบรมปีละ ๔ ครั้ง
        ๖. งบประมาณ
        ปีละ ๒๐,๐๐๐ บาท
        """
    }

    @Test func fewerQuartersThanTimes() throws {
        let record = try CrossCheckDoc.record(Self.plan("☑\t☑\t\t"))
        let findings = FrequencyVsSchedule().check(record, AuditOptions())
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.rule == "frequency-vs-schedule")
        #expect(finding.severity == .warning)
        #expect(finding.line == 13)
        #expect(finding.expected == "4" && finding.actual == "2")
        #expect(finding.evidence.map(\.line) == [13, 7])
    }

    @Test func quietWhenEveryQuarterTicked() throws {
        #expect(try CrossCheckDoc.findings(FrequencyVsSchedule(), Self.plan("☑\t☑\t☑\t☑")).isEmpty)
    }
}
