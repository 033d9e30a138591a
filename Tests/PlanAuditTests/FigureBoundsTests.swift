import DocumentReader
@testable import PlanAudit
import PlanRecords
import Testing

/// Figures too large to add exactly: the arithmetic rules are not run and one warning says why.
@Suite struct FigureBoundsTests {
    @Test func figuresBeyondAnyBudgetAreNotSummed() throws {
        // Ten rows of 9,999,999,999,999 baht: together far past the ten-trillion bound.
        let rows = (1...10).map { "\($0)\tโครงการทดสอบที่ \($0)\t9,999,999,999,999.00" }
        let text = (["ลำดับ\tโครงการ\tงบประมาณ 2567"] + rows + ["รวมทั้งสิ้น\t\t1.00"]).joined(separator: "\n") + "\n"
        let record = try TotalsDoc.record(text)
        let findings = Auditor.check(record)
        let warning = try #require(findings.first { $0.rule == "figures-too-large" })
        #expect(warning.severity == .warning)
        #expect(warning.line == 2)
        #expect(warning.message.contains("9,999,999,999,999.00"))
        // The grand total of 1.00 is plainly wrong, but it is not compared with a sum that cannot be made.
        #expect(!findings.contains { $0.rule == "grand-total-sum" })
    }

    @Test func ordinaryFiguresAreChecked() throws {
        let text = "ลำดับ\tโครงการ\tงบประมาณ 2567\n1\tโครงการทดสอบหนึ่ง\t10,000.00\n2\tโครงการทดสอบสอง\t5,000.00\nรวมทั้งสิ้น\t\t1.00\n"
        let findings = Auditor.check(try TotalsDoc.record(text))
        #expect(!findings.contains { $0.rule == "figures-too-large" })
        #expect(findings.contains { $0.rule == "grand-total-sum" && $0.expected == "15000.00" })
    }
}

/// An HTML cell's figure is shown as the text it displays, not its markup.
@Suite struct ShownFigureTests {
    @Test func markupIsShownAsItsText() {
        let raw = "<td width=85 valign=top style='width:63.8pt'>\n<p class=MsoNormal align=right><span\nstyle='font-family:\"TH SarabunPSK\"'>25,000.00</span></p>\n</td>"
        #expect(TotalsContext.shown(raw) == "25,000.00")
        #expect(TotalsContext.shown("๑๒,๐๐๐&nbsp;บาท") == "๑๒,๐๐๐ บาท")
        #expect(TotalsContext.shown("๑๒,๐๐๐ บาท") == "๑๒,๐๐๐ บาท")
        // A tick written as markup is shown as its tag, not as nothing.
        #expect(TotalsContext.shown("<td class=\"c\"><input type=\"checkbox\" checked></td>") == "<input type=\"checkbox\" checked>")
    }
}

/// Each place is one line of the report, whatever line breaks its text holds.
@Suite struct ExcerptTests {
    @Test func aTextOverTwoLinesIsShownOnOne() {
        let item = Evidence(line: 3, text: "พระราชบัญญัติเทศบาล\nพ.ศ. ๒๔๙๖", value: "พระราชบัญญัติเทศบาล\nพ.ศ. ๒๔๙๖", note: "cited")
        #expect(FindingReport(colour: false).excerpt(item) == "«พระราชบัญญัติเทศบาล พ.ศ. ๒๔๙๖»")
    }

    /// A figure its text does not hold (an indicator named without its score) is shown before the text.
    @Test func aFigureTheTextLacksIsShownBeforeIt() {
        let item = Evidence(line: 20, text: "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", value: "๙๙.๖๕", note: "indicator")
        #expect(FindingReport(colour: false).excerpt(item) == "«๙๙.๖๕» · ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่")
    }

    /// A value given in Arabic digits is marked where the text writes it in Thai ones.
    @Test func aValueInArabicDigitsIsFoundInThaiOnes() {
        let item = Evidence(line: 5, text: "พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐", value: "พ.ศ. 2540", note: "cited")
        #expect(FindingReport(colour: false).excerpt(item) == "พระราชบัญญัติข้อมูลข่าวสารของราชการ «พ.ศ. ๒๕๔๐»")
    }

    /// A cell's value with the spaces around it is marked without them.
    @Test func aCellsSpacesAreNotPartOfItsFigure() {
        let item = Evidence(line: 10, text: " รวม 36,000", value: " 36,000 ", note: "grand total")
        #expect(FindingReport(colour: false).excerpt(item) == " รวม «36,000»")
    }
}
