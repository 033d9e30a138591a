import Testing
@testable import PlanAudit
import PlanRecords
import DocumentReader
import ThaiText

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

    /// Indicators listed on lines of text, a space (not a tab) before the score (`ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ได้คะแนน
    /// ๙๙.๖๕ คะแนน`, `- ตัวชี้วัดที่ ๒ … ๙๑.๔๘ คะแนน`): read, so the overall is held against them. (With no tab they
    /// had been read as nothing, and a wrong overall went unreported.)
    @Test func indicatorsOnLinesOfTextAreRead() throws {
        func memo(_ overall: String) -> String {
            let scores = ["๙๐.๐๐", "๙๐.๐๐", "๙๐.๐๐", "๙๐.๐๐", "๙๐.๐๐", "๘๐.๐๐", "๘๐.๐๐", "๘๐.๐๐", "๗๐.๐๐", "๗๐.๐๐"]
            let lines = scores.enumerated().map { index, score in
                let number = String(index + 1).map { String(UnicodeScalar(0x0E50 + Int(String($0))!)!) }.joined()
                return (index % 2 == 0 ? "ตัวชี้วัดที่ \(number) ตัวชี้วัดทดสอบ ได้คะแนน " : "- ตัวชี้วัดที่ \(number) ตัวชี้วัดทดสอบ ") + score + " คะแนน"
            }
            return """
            บันทึกข้อความ
            ส่วนราชการ องค์การบริหารส่วนตำบลทดสอบงาม
            เรื่อง รายงานผลการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

            ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ได้คะแนน \(overall) คะแนน

            \(lines.joined(separator: "\n"))
            """
        }
        let record = try CrossCheckDoc.record(memo("๘๐.๐๐"))
        #expect(record.scores?.indicators.map(\.number) == Array(1...10))
        #expect(record.scores?.indicators.first?.name == "ตัวชี้วัดทดสอบ")
        #expect(record.scores?.indicators.last?.score.value == ExactDecimal(70))
        // 30% × 90 + 30% × 80 + 40% × 70 = 79.00
        #expect(ITAWeightedScore().check(try CrossCheckDoc.record(memo("๗๙.๐๐")), AuditOptions()).isEmpty)
        let findings = ITAWeightedScore().check(record, AuditOptions())
        #expect(findings.first?.expected == "79.00" && findings.first?.actual == "80.00")
    }

    @Test func quietWhenConsistent() throws {
        #expect(try CrossCheckDoc.findings(ITAWeightedScore(), Self.report(overall: "๗๗.๑๔", grade: "B"), format: .markdown).isEmpty)
    }

    /// A tool table: its weights as written (`0.30` or `30`), the scores and the weighted column.
    static func toolTable(weights: [String], weighted: [String] = ["26.85", "23.79", "26.50"]) -> String {
        """
        # รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส

        ## ประจำปีงบประมาณ พ.ศ. ๒๕๖๖

        ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ ได้คะแนนรวม ๗๗.๑๔ คะแนน อยู่ในระดับ B

        | เครื่องมือ | น้ำหนัก | คะแนน | คะแนนถ่วงน้ำหนัก |
        |---|---|---|---|
        | แบบวัด IIT | \(weights[0]) | 89.50 | \(weighted[0]) |
        | แบบวัด EIT | \(weights[1]) | 79.30 | \(weighted[1]) |
        | แบบตรวจ OIT | \(weights[2]) | 66.25 | \(weighted[2]) |
        """
    }

    /// `0.30, 0.30, 0.40` are the standard weights written as fractions, not 0.3%.
    @Test func fractionalWeightsAreRead() throws {
        #expect(try CrossCheckDoc.findings(ITAWeightedScore(), Self.toolTable(weights: ["0.30", "0.30", "0.40"]), format: .markdown).isEmpty)
        #expect(try CrossCheckDoc.findings(ITAWeightedScore(), Self.toolTable(weights: ["30", "30", "40"]), format: .markdown).isEmpty)
        let wrongColumn = try CrossCheckDoc.findings(ITAWeightedScore(),
            Self.toolTable(weights: ["0.30", "0.30", "0.40"], weighted: ["28.85", "23.79", "26.50"]), format: .markdown)
        #expect(wrongColumn.map(\.message) == ["IIT weighted score is 28.85 (line 9) but 0.30 (30%) × 89.50 = 26.85"])
    }

    /// Weights that add to 90: the weights are reported, not the overall score that the standard weights give.
    @Test func weightsThatDoNotAddUpAreBlamed() throws {
        let findings = try CrossCheckDoc.findings(ITAWeightedScore(),
            Self.toolTable(weights: ["30", "20", "40"], weighted: ["26.85", "15.86", "26.50"]), format: .markdown)
        #expect(findings.count == 1)
        let weights = try #require(findings.first)
        #expect(weights.message.hasPrefix("the tool weights add to 90%, not 100% (IIT 30 + EIT 20 + OIT 40)"))
        #expect(weights.message.hasSuffix("the overall score 77.14 (line 5) is what the standard weights IIT 30, EIT 30, OIT 40 give"))
        #expect(weights.evidence.map(\.line) == [9, 10, 11])
        #expect(weights.expected == "100" && weights.actual == "90")
    }

    /// A wrapped paragraph: the grade is placed on the line that writes it, not at the paragraph's first line.
    @Test func theGradeOfAWrappedParagraphIsOnItsOwnLine() throws {
        let record = try CrossCheckDoc.record("""
        รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

        ได้รับแจ้งผลการประเมินคุณธรรมและความโปร่งใส ได้คะแนนรวม
        ๘๐.๑๔ คะแนน อยู่ในระดับ A โดยแบบวัด IIT ได้ ๘๙.๕๐ คะแนน
        """)
        #expect(record.scores?.grade?.value == "A")
        #expect(record.scores?.grade?.line == 4)
        #expect(record.scores?.grade?.column == 25)
        #expect(record.scores?.overall?.line == 4)
    }

    /// A memo listing indicators 1–10 and no tool scores: each tool is the mean of its indicators as the
    /// assessment groups them (IIT 1–5, EIT 6–8, OIT 9–10), and a disagreement is a warning that says so.
    @Test func indicatorsGroupedAsTheAssessmentDoes() throws {
        #expect(try CrossCheckDoc.findings(ITAWeightedScore(), Self.groupedMemo("๘๕.๔๕"), format: .text).isEmpty)
        let findings = try CrossCheckDoc.findings(ITAWeightedScore(), Self.groupedMemo("๘๖.๙๐"), format: .text)
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.severity == .warning)
        #expect(finding.expected == "85.45")
        #expect(finding.message.contains("IIT 1–5, EIT 6–8, OIT 9–10"))
        #expect(finding.evidence.filter { $0.note?.hasPrefix("indicator") == true }.count == 10)
    }

    /// The same indicators with a tool's score stated under them (`คะแนน EIT`): held to the mean of the
    /// assessment's group for that tool, as a warning.
    @Test func aToolScoreUnderUngroupedIndicators() throws {
        // Each indicator named with its number in one column, as memos write them.
        func memo(eit: String) -> String {
            let scores = ["95.00", "90.00", "92.00", "88.00", "85.00", "86.00", "84.00", "82.00", "80.00", "86.25"]
            let rows = scores.enumerated().map { "| ตัวชี้วัดที่ \($0.offset + 1) | \($0.element) |" }
            return """
                # บันทึกข้อความ

                เรื่อง รายงานผลการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

                ได้คะแนนรวม ๘๕.๔๕ คะแนน

                | ตัวชี้วัด | คะแนน |
                |---|---|

                """ + rows.joined(separator: "\n") + "\n| คะแนน EIT | \(eit) |\n"
        }
        #expect(try CrossCheckDoc.findings(ITAWeightedScore(), memo(eit: "84.00"), format: .markdown).isEmpty)
        let findings = try CrossCheckDoc.findings(ITAWeightedScore(), memo(eit: "85.50"), format: .markdown)
            .filter { $0.message.hasPrefix("EIT score") }
        #expect(findings.map(\.severity) == [.warning])
        #expect(findings.first?.expected == "84.00")
    }

    /// Indicators grouped under their tools by a tool column, no tool's score stated: each tool is the mean of
    /// its own indicators, and the overall score is held to them.
    @Test func indicatorsUnderAToolColumnGiveTheToolScores() throws {
        func memo(_ overall: String) -> String {
            """
            # บันทึกข้อความ

            เรื่อง รายงานผลการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

            ผลการประเมิน คะแนนรวม \(overall) คะแนน

            | เครื่องมือ | ตัวชี้วัดที่ | ชื่อตัวชี้วัด | คะแนน |
            |---|---|---|---|
            | IIT | 1 | การปฏิบัติหน้าที่ | 90.00 |
            |  | 2 | การใช้งบประมาณ | 80.00 |
            | EIT | 6 | คุณภาพการดำเนินงาน | 70.00 |
            | OIT | 9 | การเปิดเผยข้อมูล | 60.00 |
            """
        }
        // 30% × 85 + 30% × 70 + 40% × 60 = 70.50.
        #expect(try CrossCheckDoc.findings(ITAWeightedScore(), memo("๗๐.๕๐"), format: .markdown).isEmpty)
        let findings = try CrossCheckDoc.findings(ITAWeightedScore(), memo("๗๒.๕๐"), format: .markdown)
        #expect(findings.map(\.expected) == ["70.50"])
        #expect(findings.first?.message.contains("IIT 85") == true)
    }

    static func groupedMemo(_ overall: String) -> String {
            """
            บันทึกข้อความ
            ส่วนราชการ สำนักปลัด องค์การบริหารส่วนตำบลทดสอบ
            เรื่อง รายงานผลการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

            ได้คะแนนรวม \(overall) คะแนน

            ตัวชี้วัดที่\tชื่อตัวชี้วัด\tคะแนน
            1\tการปฏิบัติหน้าที่\t95.00
            2\tการใช้งบประมาณ\t90.00
            3\tการใช้อำนาจ\t92.00
            4\tการใช้ทรัพย์สินของราชการ\t88.00
            5\tการแก้ไขปัญหาการทุจริต\t85.00
            6\tคุณภาพการดำเนินงาน\t86.00
            7\tประสิทธิภาพการสื่อสาร\t84.00
            8\tการปรับปรุงระบบการทำงาน\t82.00
            9\tการเปิดเผยข้อมูล\t80.00
            10\tการป้องกันการทุจริต\t86.25
            """
        // 30% × 90 + 30% × 84 + 40% × 83.125 = 85.45.
    }
}

/// A memo's sentence on the assessment's result states the overall score with `ได้คะแนน`, no `คะแนนรวม`.
@Suite struct ITAResultSentenceTests {
    static func memo(_ sentence: String) -> String {
        """
        บันทึกข้อความ
        ส่วนราชการ สำนักปลัด องค์การบริหารส่วนตำบลทดสอบ
        เรื่อง รายงานผลการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

        \(sentence)

        เครื่องมือ\tน้ำหนัก\tคะแนน
        IIT\t30\t90.00
        EIT\t30\t80.00
        OIT\t40\t81.25
        """
    }

    @Test func theResultSentenceStatesTheOverallScore() throws {
        let record = try CrossCheckDoc.record(Self.memo("ผลการประเมิน ITA ขององค์การบริหารส่วนตำบลทดสอบ ได้คะแนน ๘๓.๕๐ คะแนน อยู่ในระดับ A"))
        #expect(record.scores?.overall?.value == ExactDecimal("83.50"))
        #expect(record.scores?.overall?.line == 5)
        let findings = ITAWeightedScore().check(record, AuditOptions())
        #expect(findings.count == 1)
        #expect(findings.first?.expected == "B" && findings.first?.actual == "A")
    }

    /// With no bands of its own, a score from 40 to 49.99 is E by the older criteria and F by the later: either passes.
    @Test func aScoreInTheFortiesMayBeEOrF() throws {
        func gradeFindings(_ overall: String, _ grade: String) throws -> [Finding] {
            try CrossCheckDoc.findings(ITAWeightedScore(), ITAWeightedScoreTests.report(overall: overall, grade: grade), format: .markdown)
                .filter { $0.message.hasPrefix("grade") }
        }
        #expect(try gradeFindings("๔๙.๙๙", "F").isEmpty)
        #expect(try gradeFindings("๔๙.๙๙", "E").isEmpty)
        #expect(try gradeFindings("๓๙.๙๙", "E").map(\.expected) == ["F"])
        #expect(try gradeFindings("๕๐.๐๐", "F").map(\.expected) == ["E"])
    }

    @Test func aTargetOrAToolsScoreIsNoOverallScore() throws {
        let target = try CrossCheckDoc.record(Self.memo("ผลการประเมิน ITA หน่วยงานต้องได้คะแนน ๘๕ คะแนนขึ้นไป"))
        #expect(target.scores?.overall == nil)
        let tool = try CrossCheckDoc.record(Self.memo("ผลการประเมิน แบบวัด IIT ได้คะแนน ๙๐.๐๐ คะแนน"))
        #expect(tool.scores?.overall == nil)
    }

    /// A tool's weight and weighted score in its sentence, wrapped (`(IIT) ได้คะแนน ๙๒.๔๐ คะแนน (น้ำหนักร้อยละ ๓๐`
    /// / `คิดเป็น ๒๗.๗๒ คะแนน)`): read, and the weighted score held against weight × score. (Before, they went
    /// unread: a wrong contribution passed, and the finding said the document stated no weights.)
    @Test func weightsAndWeightedScoresInSentencesAreRead() throws {
        func memo(oitWeighted: String) -> String {
            """
            บันทึกข้อความ
            ส่วนราชการ องค์การบริหารส่วนตำบลทดสอบงาม
            เรื่อง รายงานผลการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

            ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ได้คะแนนรวม ๘๙.๕๖ คะแนน อยู่ในระดับ A โดยมีผลคะแนน
            จำแนกตามเครื่องมือการประเมิน ดังนี้

            ๑. แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) ได้คะแนน ๙๒.๔๐ คะแนน (น้ำหนักร้อยละ ๓๐
            คิดเป็น ๒๗.๗๒ คะแนน)

            ๒. แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ได้คะแนน ๘๕.๒๗ คะแนน (น้ำหนักร้อยละ ๓๐ คิดเป็น ๒๕.๕๘ คะแนน)

            ๓. แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ได้คะแนน ๙๐.๖๕ คะแนน (น้ำหนักร้อยละ ๔๐
            คิดเป็น \(oitWeighted) คะแนน)
            """
        }
        let record = try CrossCheckDoc.record(memo(oitWeighted: "๓๖.๒๖"))
        let tools = try #require(record.scores?.tools)
        #expect(tools.map { "\($0.name) \($0.weight?.value.description ?? "-") \($0.score?.value.description ?? "-") \($0.weighted?.value.description ?? "-")" }
                == ["IIT 30 92.40 27.72", "EIT 30 85.27 25.58", "OIT 40 90.65 36.26"])
        #expect(tools.map { $0.weighted?.line } == [9, 11, 14])
        #expect(ITAWeightedScore().check(record, AuditOptions()).isEmpty)
        let findings = try CrossCheckDoc.findings(ITAWeightedScore(), memo(oitWeighted: "๓๖.๖๒"))
        #expect(findings.map(\.message) == ["OIT weighted score is 36.62 (line 14) but 40% × 90.65 = 36.26"])
        #expect(findings.first?.line == 14)
    }

    /// Each tool worked out on a line (`EIT = ๗๙.๘๐ × ๐.๓๐ = ๒๓.๙๔ คะแนน`) gives its score, weight and weighted
    /// score; the terms of the sum written out after them (`คะแนนรวม = ๒๕.๒๙ + ๒๓.๙๔ + …`) are no overall score.
    /// The grade of a paragraph whose overall score is on its second line is read.
    @Test func scoresWorkedOutOnLinesOfTheirOwn() throws {
        func memo(eit: String) -> String {
            """
            บันทึกข้อความ
            เรื่อง รายงานผลการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖

                  ตามที่ องค์การบริหารส่วนตำบลทดสอบงาม ได้เข้ารับการประเมินคุณธรรมและความโปร่งใสในการ
            ดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ ได้คะแนนรวม ๗๙.๖๙ คะแนน อยู่ในระดับ A
            จำแนกคะแนนได้ ดังนี้

                  การคำนวณคะแนนรวม คิดเป็นคะแนนถ่วงน้ำหนักของแต่ละเครื่องมือ ดังนี้
                  IIT = ๘๔.๓๐ × ๐.๓๐ = ๒๕.๒๙ คะแนน
                  EIT = ๗๙.๘๐ × ๐.๓๐ = \(eit) คะแนน
                  OIT = ๗๖.๑๕ × ๐.๔๐ = ๓๐.๔๖ คะแนน
                  คะแนนรวม = ๒๕.๒๙ + ๒๓.๙๔ + ๓๐.๔๖ = ๗๙.๖๙ คะแนน
            """
        }
        let record = try CrossCheckDoc.record(memo(eit: "๒๓.๙๔"))
        let scores = try #require(record.scores)
        #expect(scores.tools.map { "\($0.name) \($0.score?.value.description ?? "-") × \($0.weight?.value.description ?? "-") = \($0.weighted?.value.description ?? "-")" }
                == ["IIT 84.30 × 0.30 = 25.29", "EIT 79.80 × 0.30 = 23.94", "OIT 76.15 × 0.40 = 30.46"])
        #expect(scores.restatedOverall.isEmpty)
        #expect(scores.grade.map { "\($0.value) line \($0.line)" } == "A line 5")
        // 79.69 is band B: the grade is the one error.
        #expect(ITAWeightedScore().check(record, AuditOptions()).map(\.expected) == ["B"])
        #expect(ITARestated().check(record, AuditOptions()).isEmpty)
        let wrong = try CrossCheckDoc.findings(ITAWeightedScore(), memo(eit: "๒๓.๔๙"))
        #expect(wrong.contains { $0.message == "EIT weighted score is 23.49 (line 10) but 0.30 (30%) × 79.80 = 23.94" })
    }

    /// A Word table of indicators whose tool, tool score and weight cells span the tool's indicator rows
    /// (`เครื่องมือ | ตัวชี้วัด | คะแนน | คะแนนเครื่องมือ | น้ำหนัก`), and its text export, where the spans leave empty
    /// cells. The tools' scores and weights are read from the row naming each tool, so a tool score that is not the
    /// mean of its indicators is found. (The tool-score column had been read as a second tool column: no tool at all.)
    static func spannedToolTable(iit: String, html: Bool) -> String {
        let title = "รายงานผลการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"
        let closing = "ผลการประเมินได้คะแนนรวม ๗๒.๐๐ คะแนน ระดับ C"
        guard html else {
            return """
            \(title)
            องค์การบริหารส่วนตำบลทดสอบงาม

            เครื่องมือ\tตัวชี้วัด\tคะแนน\tคะแนนเครื่องมือ\tน้ำหนัก
            IIT\t1. การปฏิบัติหน้าที่\t90.00\t\(iit)\t30
            \t2. การใช้งบประมาณ\t80.00\t\t
            EIT\t3. คุณภาพการดำเนินงาน\t70.00\t75.00\t30
            \t4. ประสิทธิภาพการสื่อสาร\t80.00\t\t
            OIT\t5. การเปิดเผยข้อมูล\t60.00\t60.00\t40

            \(closing)
            """
        }
        return """
        <html><body>
        <p>\(title)</p>
        <p>องค์การบริหารส่วนตำบลทดสอบงาม</p>
        <table border="1">
        <tr><td>เครื่องมือ</td><td>ตัวชี้วัด</td><td>คะแนน</td><td>คะแนนเครื่องมือ</td><td>น้ำหนัก</td></tr>
        <tr><td rowspan="2">IIT</td><td>1. การปฏิบัติหน้าที่</td><td>90.00</td><td rowspan="2">\(iit)</td><td rowspan="2">30</td></tr>
        <tr><td>2. การใช้งบประมาณ</td><td>80.00</td></tr>
        <tr><td rowspan="2">EIT</td><td>3. คุณภาพการดำเนินงาน</td><td>70.00</td><td rowspan="2">75.00</td><td rowspan="2">30</td></tr>
        <tr><td>4. ประสิทธิภาพการสื่อสาร</td><td>80.00</td></tr>
        <tr><td>OIT</td><td>5. การเปิดเผยข้อมูล</td><td>60.00</td><td>60.00</td><td>40</td></tr>
        </table>
        <p>\(closing)</p>
        </body></html>
        """
    }

    @Test(arguments: [true, false])
    func toolScoresInCellsSpanningTheirIndicators(html: Bool) throws {
        let format: DocumentFormat = html ? .html : .text
        let record = try CrossCheckDoc.record(Self.spannedToolTable(iit: "85.00", html: html), format: format)
        let scores = try #require(record.scores)
        #expect(record.document.kind == .itaAnalysisMemo)
        #expect(scores.tools.map(\.name) == ["IIT", "EIT", "OIT"])
        #expect(scores.tools.map { $0.score?.value } == [ExactDecimal("85.00"), ExactDecimal("75.00"), ExactDecimal("60.00")])
        #expect(scores.tools.map { $0.weight?.value } == [ExactDecimal(30), ExactDecimal(30), ExactDecimal(40)])
        #expect(scores.indicators.map(\.tool) == ["IIT", "IIT", "EIT", "EIT", "OIT"])
        #expect(ITAWeightedScore().check(record, AuditOptions()).isEmpty)

        let wrong = try CrossCheckDoc.findings(ITAWeightedScore(), Self.spannedToolTable(iit: "86.00", html: html), format: format)
        let tool = try #require(wrong.first { $0.message.hasPrefix("IIT score") })
        #expect(tool.message.contains("is 86.00") && tool.message.contains("mean of its 2 indicators is 85.00"))
        #expect(tool.line == (html ? 6 : 5))
    }
}
