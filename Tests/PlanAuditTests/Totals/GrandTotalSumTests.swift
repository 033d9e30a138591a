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

    @Test func rightTotalsAreQuiet() throws {
        #expect(try TotalsDoc.findings(rule, TotalsDoc.plan()).isEmpty)
    }
}
