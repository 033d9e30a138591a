import Testing
@testable import PlanAudit
import PlanRecords

@Suite struct ITAScoreChangeTests {
    /// A memo of 2567 scored 85.00, with last year's score in a sentence and the change in another.
    static func memo(change: String, past: String = "เมื่อเทียบกับปีงบประมาณ พ.ศ. ๒๕๖๖ ได้คะแนนรวม ๘๑.๔๘ คะแนน") -> String {
        """
        บันทึกข้อความ
        เรื่อง รายงานผลการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

        ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ขององค์การบริหารส่วนตำบลทดสอบงาม ได้คะแนนรวม ๘๕.๐๐ คะแนน อยู่ในระดับ A

        \(past)

        \(change)
        """
    }

    @Test func aChangeThatIsTheDifferenceIsQuiet() throws {
        let record = try CrossCheckDoc.record(Self.memo(change: "ผลการประเมินปี ๒๕๖๗ เพิ่มขึ้นจากปี ๒๕๖๖ จำนวน ๓.๕๒ คะแนน"))
        let scores = try #require(record.scores)
        #expect(scores.yearScores.map { "\($0.year) \($0.score.value) line \($0.score.line)" } == ["2566 81.48 line 6"])
        #expect(scores.restatedOverall.isEmpty)
        #expect(scores.changes.map { "\($0.direction) \($0.points.value) from \($0.from.map(String.init) ?? "-") line \($0.points.line)" }
                == ["up 3.52 from 2566 line 8"])
        #expect(ITAScoreChange().check(record, AuditOptions()).isEmpty)
        // One unit in the last place is rounding.
        #expect(try CrossCheckDoc.findings(ITAScoreChange(), Self.memo(change: "คะแนนรวมเพิ่มขึ้น ๓.๕๑ คะแนน")).isEmpty)
    }

    @Test func wrongPointsAreAnError() throws {
        let findings = try CrossCheckDoc.findings(ITAScoreChange(), Self.memo(change: "ผลการประเมินปี ๒๕๖๗ เพิ่มขึ้นจากปี ๒๕๖๖ จำนวน ๓.๒๕ คะแนน"))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.line == 8)
        #expect(finding.message == "states a rise of 3.25 points from 2566 (line 8) but 85.00 (line 4) − 81.48 (2566, line 6) is a rise of 3.52")
        #expect(finding.expected == "3.52" && finding.actual == "3.25")
        #expect(finding.evidence.map(\.line) == [8, 4, 6])
    }

    @Test func theWrongDirectionIsAnError() throws {
        let findings = try CrossCheckDoc.findings(ITAScoreChange(), Self.memo(change: "คะแนนรวมลดลงจากปีงบประมาณ พ.ศ. ๒๕๖๖ จำนวน ๓.๕๒ คะแนน"))
        #expect(findings.map(\.message) == ["states a fall of 3.52 points from 2566 (line 8) but 85.00 (line 4) − 81.48 (2566, line 6) is a rise of 3.52"])
        #expect(findings.first?.expected == "3.52" && findings.first?.actual == "-3.52")
    }

    /// With no year named, the only other year scored is the one compared with; with none scored, nothing is said.
    @Test func aChangeNamingNoYear() throws {
        let record = try CrossCheckDoc.record(Self.memo(change: "ซึ่งคะแนนรวมเพิ่มขึ้น ๒.๐๐ คะแนน"))
        #expect(record.scores?.changes.first?.from == nil)
        #expect(ITAScoreChange().check(record, AuditOptions()).map(\.expected) == ["3.52"])
        #expect(try CrossCheckDoc.findings(ITAScoreChange(), Self.memo(change: "ซึ่งคะแนนรวมเพิ่มขึ้น ๒.๐๐ คะแนน", past: "")).isEmpty)
    }

    /// A tool's or an indicator's change, and a figure after the change word that is not its size, are no change of the overall score.
    @Test func otherChangesAreNotRead() throws {
        for sentence in ["โดยแบบวัด EIT เพิ่มขึ้น ๔.๑๐ คะแนน",
                         "ตัวชี้วัดที่ ๗ ลดลง ๒.๐๐ คะแนน",
                         "ผลการประเมินเพิ่มขึ้นจากปี ๒๕๖๖ ซึ่งได้ ๘๑.๔๘ คะแนน"] {
            let record = try CrossCheckDoc.record(Self.memo(change: sentence))
            #expect(record.scores?.changes.isEmpty == true, "\(sentence)")
        }
    }
}
