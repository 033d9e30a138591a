import DocumentReader
@testable import PlanAudit
import PlanRecords
import Testing

@Suite struct StatusTallyTests {
    let rule = StatusTallyRule()

    @Test func tallyOffByOneIsAnError() throws {
        let tallies = "สรุปผล ดำเนินการแล้วเสร็จ ๒ โครงการ อยู่ระหว่างดำเนินการ ๑ โครงการ ยังไม่ดำเนินการ ๑ โครงการ"
        let text = TotalsDoc.report(rows: TotalsDoc.threeRows, tallies: tallies, money: TotalsDoc.threeMoney)
        let findings = try TotalsDoc.findings(rule, text)
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.rule == "status-tally")
        #expect(finding.severity == .error)
        #expect(finding.line == TotalsDoc.line(of: "สรุปผล", in: text))
        #expect(finding.expected == "1")
        #expect(finding.actual == "2")
        #expect(finding.evidence.first?.value == "๒ โครงการ")
        #expect(finding.evidence.dropFirst().map(\.line) == [TotalsDoc.line(of: "โครงการอบรมจริยธรรมพนักงานทดสอบ", in: text)])
    }

    @Test func talliesThatMatchTheTicksAreQuiet() throws {
        let text = TotalsDoc.report(rows: TotalsDoc.threeRows, tallies: TotalsDoc.threeTallies, money: TotalsDoc.threeMoney)
        #expect(try TotalsDoc.findings(rule, text).isEmpty)
    }

    @Test func aTotalRowTallyCountsItsTable() throws {
        let total = "รวมทั้งสิ้น\tจำนวน 3 โครงการ\t\t30,000.00\t20,000.00\t1\t2\t1"
        let text = TotalsDoc.report(rows: TotalsDoc.threeRows, total: total, tallies: TotalsDoc.threeTallies, money: TotalsDoc.threeMoney)
        let findings = try TotalsDoc.findings(rule, text)
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.line == TotalsDoc.line(of: "รวมทั้งสิ้น", in: text))
        #expect(finding.expected == "1")
        #expect(finding.actual == "2")
    }
}
