import DocumentReader
@testable import PlanAudit
import PlanRecords
import Testing

@Suite struct GrandTotalSumTests {
    let rule = GrandTotalSumRule()

    @Test func grandTotalDisagreeingWithBothIsTheLikelyError() throws {
        let text = TotalsDoc.plan(grand: "๑๑๐,๐๐๐ บาท\t๘๕,๐๐๐ บาท\t๑๑๕,๐๐๐ บาท")
        let findings = try TotalsDoc.findings(rule, text)
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.rule == "grand-total-sum")
        #expect(finding.severity == .error)
        #expect(finding.line == TotalsDoc.line(of: "รวมทั้งสิ้น\tจำนวน ๗", in: text))
        #expect(finding.expected == "110000.00")
        #expect(finding.actual == "115000.00")
        #expect(finding.message.contains("grand total for 2570 states 115,000"))
        #expect(finding.corroboration?.contains("the grand total is the likely error") == true)
        #expect(finding.evidence.filter { $0.note == "subtotal" }.count == 2)
    }

    @Test func grandTotalAgreeingWithTheRowsLeavesTheSubtotalToSubtotalSum() throws {
        let text = TotalsDoc.plan(subtotal2: "๕๕,๐๐๐ บาท\t๕๐,๐๐๐ บาท\t๕๐,๐๐๐ บาท")
        #expect(try TotalsDoc.findings(rule, text).isEmpty)
    }

    @Test func yearTableTotalAgainstItsRows() throws {
        let text = TotalsDoc.plan().replacing("65,000.00", with: "70,000.00")
        let findings = try TotalsDoc.findings(rule, text)
        #expect(findings.count == 1)
        #expect(findings.first?.line == TotalsDoc.line(of: "70,000.00", in: text))
        #expect(findings.first?.expected == "65000.00")
    }

    /// `รวมทั้งสิ้น` right under the header, above the rows it totals.
    @Test func aTotalThatHeadsTheTableTotalsTheRowsBelowIt() throws {
        func report(total: String, count: String) -> String {
            """
            รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
            เทศบาลตำบลทดสอบ

            ที่\tโครงการ\tงบประมาณ (บาท)\tเบิกจ่าย (บาท)
            รวมทั้งสิ้น\t\(count) โครงการ\t\(total)\t๕๕,๐๐๐
            ๑\tโครงการอบรมคุณธรรมทดสอบ\t๔๐,๐๐๐\t๓๘,๐๐๐
            ๒\tโครงการเผยแพร่ข่าวสารทดสอบ\t๒๐,๐๐๐\t๑๗,๐๐๐
            """
        }
        #expect(try TotalsDoc.findings(rule, report(total: "๖๐,๐๐๐", count: "๒")).isEmpty)
        let findings = try TotalsDoc.findings(rule, report(total: "๗๐,๐๐๐", count: "๒"))
        #expect(findings.map(\.line) == [5])
        #expect(findings.first?.expected == "60000")
        let count = try TotalsDoc.findings(StatedCountRule(), report(total: "๖๐,๐๐๐", count: "๓"))
        #expect(count.map(\.message) == ["states 3 items (โครงการ) but the table below it lists 2"])
    }

    @Test func rightTotalsAreQuiet() throws {
        #expect(try TotalsDoc.findings(rule, TotalsDoc.plan()).isEmpty)
    }
}
