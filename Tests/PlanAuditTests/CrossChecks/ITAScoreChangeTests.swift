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

    /// Scores stated without รวม: `ผลการประเมินได้ ๘๕.๐๐ คะแนน` is the overall score; `… พ.ศ. ๒๕๖๖ ได้คะแนน ๘๑.๔๘`
    /// and `… พ.ศ. ๒๕๖๖ ที่ได้ ๘๑.๔๘ คะแนน` that year's; `ได้คะแนน ๘๕.๐๐ คะแนน` in a conclusion a restatement.
    @Test func scoresStatedWithoutTheWordForTotal() throws {
        let text = """
        บันทึกข้อความ
        เรื่อง รายงานผลการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

        ผลการประเมินได้ ๘๕.๐๐ คะแนน อยู่ในระดับ A

        เมื่อเทียบกับปีงบประมาณ พ.ศ. ๒๕๖๖ ได้คะแนน ๘๑.๔๘ คะแนน ผลการประเมินเพิ่มขึ้น ๓.๕๒ คะแนน

        สรุปได้ว่า ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ได้คะแนน ๘๕.๐๐ คะแนน สูงกว่าปีงบประมาณ พ.ศ. ๒๕๖๕ ที่ได้ ๗๙.๑๐ คะแนน
        """
        let scores = try #require(try CrossCheckDoc.record(text).scores)
        #expect(scores.overall?.value.description == "85.00" && scores.overall?.line == 4)
        #expect(scores.yearScores.map { "\($0.year) \($0.score.value) line \($0.score.line)" } == ["2566 81.48 line 6", "2565 79.10 line 8"])
        #expect(scores.restatedOverall.map { "\($0.value) line \($0.line)" } == ["85.00 line 8"])
        #expect(scores.grade?.value == "A")
    }

    /// A measures report of 2568 states the assessment of 2567: that is the year assessed, and its score the
    /// overall one, not another year's.
    @Test func theYearAssessedIsTheOneNamedWithTheOverallScore() throws {
        let text = """
        รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘

        ตามที่ เทศบาลตำบลทดสอบงาม ได้รับแจ้งผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ได้คะแนน ๙๐.๐๖ คะแนน อยู่ในระดับ A ซึ่งเพิ่มขึ้นจากปีงบประมาณ พ.ศ. ๒๕๖๖ ที่ได้คะแนน ๘๕.๑๐ คะแนน
        """
        let record = try CrossCheckDoc.record(text)
        let scores = try #require(record.scores)
        #expect(record.document.fiscalYear?.value == 2568)
        #expect(scores.overall?.value.description == "90.06" && scores.year == 2567)
        #expect(scores.yearScores.map { "\($0.year) \($0.score.value)" } == ["2566 85.10"])
    }

    /// A table comparing the years with a change row under them (`เพิ่มขึ้น | ๓.๗๕`, or `เพิ่มขึ้น/ลดลง | -๑.๗๕` whose sign
    /// says the way): the change is held to the two years' scores. (The row had been read as nothing.)
    static func memoWithChangeRow(overall: String, label: String, change: String) -> String {
        """
        บันทึกข้อความ
        เรื่อง รายงานผลการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

        ผลการประเมินได้คะแนนรวม \(overall) คะแนน

        ปีงบประมาณ\tคะแนน\tระดับ
        พ.ศ. ๒๕๖๖\t๘๒.๒๕\tB
        พ.ศ. ๒๕๖๗\t\(overall)\tB
        \(label)\t\(change)\t
        """
    }

    @Test func aChangeRowUnderTheYearsIsHeldToThem() throws {
        let record = try CrossCheckDoc.record(Self.memoWithChangeRow(overall: "๘๕.๕๐", label: "เพิ่มขึ้น", change: "๓.๒๕"))
        let scores = try #require(record.scores)
        #expect(scores.changes.map { "\($0.direction) \($0.points.value) from \($0.from.map(String.init) ?? "-") line \($0.points.line)" }
                == ["up 3.25 from 2566 line 9"])
        #expect(ITAScoreChange().check(record, AuditOptions()).isEmpty)

        let wrong = try CrossCheckDoc.findings(ITAScoreChange(), Self.memoWithChangeRow(overall: "๘๕.๕๐", label: "เพิ่มขึ้น", change: "๓.๗๕"))
        #expect(wrong.map(\.line) == [9])
        #expect(wrong.first?.expected == "3.25" && wrong.first?.actual == "3.75")

        // A label of both ways: the sign says which. A fall written `-` is quiet; written `+`, it is found.
        let fell = try CrossCheckDoc.record(Self.memoWithChangeRow(overall: "๘๐.๕๐", label: "เพิ่มขึ้น/ลดลง", change: "-๑.๗๕"))
        #expect(fell.scores?.changes.map(\.direction) == [.down])
        #expect(ITAScoreChange().check(fell, AuditOptions()).isEmpty)
        let signedWrong = try CrossCheckDoc.findings(ITAScoreChange(), Self.memoWithChangeRow(overall: "๘๐.๕๐", label: "เพิ่มขึ้น/ลดลง", change: "+๑.๗๕"))
        #expect(signedWrong.first?.expected == "-1.75" && signedWrong.first?.actual == "1.75")
        // Without a sign, a label of both ways says nothing checkable.
        let unsigned = try CrossCheckDoc.record(Self.memoWithChangeRow(overall: "๘๐.๕๐", label: "เพิ่มขึ้น/ลดลง", change: "๑.๗๕"))
        #expect(unsigned.scores?.changes.isEmpty == true)
    }

    /// A change column beside each year's score (`ปีงบประมาณ | คะแนน | ระดับ | เพิ่มขึ้น/ลดลง`): each year's row
    /// states its change from the row above, held to the two scores; the document's year's is the overall score's.
    @Test func aChangeColumnBesideTheYearsIsHeldToThem() throws {
        func memo(_ change: String, earlier: String = "+๒.๒๕") -> String {
            """
            บันทึกข้อความ
            เรื่อง รายงานผลการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

            ผลการประเมินได้คะแนนรวม ๘๕.๕๐ คะแนน

            ปีงบประมาณ\tคะแนน\tระดับ\tเพิ่มขึ้น/ลดลง
            พ.ศ. ๒๕๖๕\t๘๐.๐๐\tB\t-
            พ.ศ. ๒๕๖๖\t๘๒.๒๕\tB\t\(earlier)
            พ.ศ. ๒๕๖๗\t๘๕.๕๐\tA\t\(change)
            """
        }
        let record = try CrossCheckDoc.record(memo("+๓.๒๕"))
        #expect(record.scores?.changes.map {
            "\($0.direction) \($0.points.value) from \($0.from.map(String.init) ?? "-") to \($0.to.map(String.init) ?? "-") line \($0.points.line)"
        } == ["up 2.25 from 2565 to 2566 line 8", "up 3.25 from 2566 to - line 9"])
        #expect(ITAScoreChange().check(record, AuditOptions()).isEmpty)
        let wrong = try CrossCheckDoc.findings(ITAScoreChange(), memo("+๓.๗๕"))
        #expect(wrong.map(\.line) == [9])
        #expect(wrong.first?.expected == "3.25" && wrong.first?.actual == "3.75")
        // An earlier year's change is held to its own score and the row above's: 82.25 − 80.00 is a rise of 2.25.
        let earlierWrong = try CrossCheckDoc.findings(ITAScoreChange(), memo("+๓.๒๕", earlier: "-๒.๒๕"))
        #expect(earlierWrong.map(\.line) == [8])
        #expect(earlierWrong.first?.expected == "2.25" && earlierWrong.first?.actual == "-2.25")
        #expect(earlierWrong.first?.message.contains("from 2565 to 2566") == true)
    }
}
