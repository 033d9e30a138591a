import Testing
@testable import PlanAudit
import PlanRecords
import DocumentReader

@Suite struct ITAWeightedScoreTests {
    static func report(overall: String, grade: String) -> String {
        """
        # รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส

        ## ประจำปีงบประมาณ พ.ศ. ๒๕๖๖

        **องค์การบริหารส่วนตำบลทดสอบงาม อำเภอตัวอย่าง จังหวัดตัวอย่าง**

        องค์การบริหารส่วนตำบลทดสอบงาม ได้คะแนนรวม \(overall) คะแนน อยู่ในระดับ \(grade) โดยแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) ได้ ๘๙.๕๐ คะแนน แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ได้ ๗๙.๓๐ คะแนน และแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ได้ ๖๖.๒๕ คะแนน
        """
    }

    @Test func overallAndGradeDoNotFollow() throws {
        let findings = try CrossCheckDoc.findings(ITAWeightedScore(), Self.report(overall: "๘๐.๑๔", grade: "A"), format: .markdown)
        let overall = try #require(findings.first { $0.message.hasPrefix("overall") })
        #expect(overall.rule == "ita-weighted-score")
        #expect(overall.severity == .error)
        #expect(overall.line == 7)
        #expect(overall.expected == "77.14" && overall.actual == "80.14")
        #expect(overall.message.contains("standard IIT 30, EIT 30, OIT 40"))
        let grade = try #require(findings.first { $0.message.hasPrefix("grade") })
        #expect(grade.expected == "B" && grade.actual == "A")
        #expect(findings.count == 2)
    }

    @Test func quietWhenConsistent() throws {
        #expect(try CrossCheckDoc.findings(ITAWeightedScore(), Self.report(overall: "๗๗.๑๔", grade: "B"), format: .markdown).isEmpty)
    }
}
