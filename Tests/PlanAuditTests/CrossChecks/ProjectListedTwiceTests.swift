import Testing
@testable import PlanAudit
import PlanRecords
import DocumentReader

@Suite struct ProjectListedTwiceTests {
    static func plan(_ rows: String) -> String {
        """
        แผนปฏิบัติการป้องกันการทุจริต พ.ศ. ๒๕๖๗ - ๒๕๖๘
        เทศบาลตำบลทดสอบงาม

        แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2567 ของ เทศบาลตำบลทดสอบงาม
        ลำดับ\tรายการโครงการ\tมิติ\tงบประมาณ (บาท)\tดำเนินการไตรมาส\t\t\t\tหมายเหตุ
        \t\t\t\t1\t2\t3\t4\t
        \(rows)
        """
    }

    @Test func sameProjectTwiceInOneTable() throws {
        let text = Self.plan("""
        1\tโครงการจัดเวทีประชาคม\t3\t20,000.00\t☑\t☑\t☑\t☑\t
        2\tมาตรการป้องกันผลประโยชน์ทับซ้อน\t1\t0.00\t☑\t☑\t☑\t☑\t
        3\tโครงการจัดเวทีประชาคม\t3\t20,000.00\t☑\t☑\t☑\t☑\t
        """)
        let findings = try CrossCheckDoc.findings(ProjectListedTwice(), text)
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.rule == "project-listed-twice")
        #expect(finding.severity == .error)
        #expect(finding.line == 9)
        #expect(finding.evidence.map(\.line) == [9, 7])
        #expect(finding.message.contains("line 7 (1) and line 9 (3)"))
    }

    @Test func quietWhenEachProjectOnce() throws {
        let text = Self.plan("""
        1\tโครงการจัดเวทีประชาคม\t3\t20,000.00\t☑\t☑\t☑\t☑\t
        2\tมาตรการป้องกันผลประโยชน์ทับซ้อน\t1\t0.00\t☑\t☑\t☑\t☑\t
        """)
        #expect(try CrossCheckDoc.findings(ProjectListedTwice(), text).isEmpty)
    }
}
