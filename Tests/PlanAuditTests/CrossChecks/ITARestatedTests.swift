import Testing
@testable import PlanAudit
import PlanRecords
import DocumentReader
import ThaiText

@Suite struct ITARestatedTests {
    static func memo(again: String, grade: String, table: String = "๘๕.๙๔") -> String {
        """
        # บันทึกข้อความ

        เรื่อง รายงานผลการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

        ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ขององค์การบริหารส่วนตำบลทดสอบงาม ได้คะแนนรวม ๘๕.๙๔ คะแนน อยู่ในระดับ A

        | เครื่องมือ | น้ำหนัก | คะแนน | คะแนนถ่วงน้ำหนัก |
        |---|---|---|---|
        | IIT | ๓๐ | ๘๘.๒๐ | ๒๖.๔๖ |
        | EIT | ๓๐ | ๘๔.๑๐ | ๒๕.๒๓ |
        | OIT | ๔๐ | ๘๕.๖๒ | ๓๔.๒๕ |
        | คะแนนรวม | ๑๐๐ | | \(table) |

        เมื่อเทียบกับปีงบประมาณ พ.ศ. ๒๕๖๖ ได้คะแนนรวม ๗๘.๔๕ คะแนน อยู่ในระดับ B

        สรุป ผลการประเมินประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ได้คะแนนรวม \(again) คะแนน อยู่ในระดับ \(grade) จึงเรียนมาเพื่อโปรดทราบ
        """
    }

    /// Said again alike (the table's total, the conclusion, a rounder figure): quiet; another year's score is no restatement.
    @Test func restatementsThatAgreeAreQuiet() throws {
        let record = try CrossCheckDoc.record(Self.memo(again: "๘๕.๙", grade: "A"), format: .markdown)
        #expect(record.scores?.restatedOverall.map(\.value.description) == ["85.94", "85.9"])
        #expect(record.scores?.restatedGrades.map(\.value) == ["A"])
        #expect(ITARestated().check(record, AuditOptions()).isEmpty)
    }

    /// A table comparing the years: the memo's own year restates its score and grade; another year's grade is
    /// held against that year's score (`พ.ศ. ๒๕๖๖ | ๗๘.๔๕ | A`: 78.45 is band B). The sentence that gave 2566's
    /// score (line 14) and the table's row are one score, which takes the row's grade.
    @Test func aTableComparingTheYearsIsRead() throws {
        func memo(pastScore: String = "๗๘.๔๕", pastGrade: String) -> String {
            Self.memo(again: "๘๕.๙๔", grade: "A") + """


            | ปีงบประมาณ | คะแนน | ระดับ |
            |---|---|---|
            | พ.ศ. ๒๕๖๖ | \(pastScore) | \(pastGrade) |
            | พ.ศ. ๒๕๖๗ | ๘๕.๙๔ | A |
            """
        }
        let record = try CrossCheckDoc.record(memo(pastGrade: "B"), format: .markdown)
        #expect(record.scores?.yearScores.map { "\($0.year) \($0.score.value) \($0.grade?.value ?? "-") line \($0.score.line)" } == ["2566 78.45 B line 14"])
        #expect(record.scores?.restatedOverall.last?.value.description == "85.94")
        #expect(ITARestated().check(record, AuditOptions()).isEmpty)
        #expect(ITAWeightedScore().check(record, AuditOptions()).allSatisfy { !$0.message.contains("2566") })
        let wrong = ITAWeightedScore().check(try CrossCheckDoc.record(memo(pastGrade: "A"), format: .markdown), AuditOptions())
        let finding = try #require(wrong.first { $0.message.contains("2566") })
        #expect(finding.message.hasPrefix("grade A (line 20) does not match the 2566 score 78.45, which falls in band B"))
        // The table gives 2566 another score than the sentence did: both kept, and the second is an error.
        let differs = try CrossCheckDoc.record(memo(pastScore: "๘๑.๔๘", pastGrade: "B"), format: .markdown)
        #expect(differs.scores?.yearScores.map { "\($0.year) \($0.score.value)" } == ["2566 78.45", "2566 81.48"])
        #expect(ITARestated().check(differs, AuditOptions()).map(\.message) == ["the 2566 ITA score is stated as 81.48 (line 20) but as 78.45 first (line 14)"])
    }

    @Test func aScoreOrGradeSaidDifferentlyIsAnError() throws {
        let findings = try CrossCheckDoc.findings(ITARestated(), Self.memo(again: "๘๕.๔๙", grade: "AA", table: "๘๖.๐๔"), format: .markdown)
        #expect(findings.map(\.severity) == [.error, .error, .error])
        #expect(findings.map(\.actual) == ["86.04", "85.49", "AA"])
        #expect(findings.allSatisfy { $0.expected == "85.94" || $0.expected == "A" })
        #expect(findings[1].message == "the overall ITA score is stated as 85.49 (line 16) but as 85.94 first (line 5)")
    }
}
