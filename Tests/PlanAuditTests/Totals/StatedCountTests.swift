import DocumentReader
@testable import PlanAudit
import PlanRecords
import Testing

@Suite struct StatedCountTests {
    let rule = StatedCountRule()

    @Test func documentCountBelowTheListIsAnError() throws {
        let text = TotalsDoc.report(count: "๔", rows: TotalsDoc.threeRows, tallies: TotalsDoc.threeTallies, money: TotalsDoc.threeMoney)
        let findings = try TotalsDoc.findings(rule, text)
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.rule == "stated-count")
        #expect(finding.severity == .error)
        #expect(finding.line == TotalsDoc.line(of: "จำนวน ๔ โครงการ", in: text))
        #expect(finding.expected == "3")
        #expect(finding.actual == "4")
        #expect(finding.evidence.first?.value == "๔ โครงการ")
        #expect(finding.evidence.count == 4)  // the stated count and the three rows
        #expect(finding.message.contains("states 4") && finding.message.contains("lists 3"))
    }

    @Test func matchingCountIsQuiet() throws {
        let text = TotalsDoc.report(rows: TotalsDoc.threeRows, tallies: TotalsDoc.threeTallies, money: TotalsDoc.threeMoney)
        #expect(try TotalsDoc.findings(rule, text).isEmpty)
    }

    @Test func starredAdditionsExplainTheDifference() throws {
        var rows = TotalsDoc.threeRows
        rows.append(.init(name: "โครงการเพิ่มเติมจัดเก็บภาษีทดสอบ", dimension: "*3", budget: "0.00", disbursed: "0.00"))
        let text = TotalsDoc.report(count: "๓", rows: rows, tallies: TotalsDoc.threeTallies, money: TotalsDoc.threeMoney)
        let findings = try TotalsDoc.findings(rule, text)
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.severity == .info)
        #expect(finding.message.contains("states 3") && finding.message.contains("lists 4"))
        #expect(finding.message.contains("1 of them marked as additions"))
        #expect(finding.evidence.last?.line == TotalsDoc.line(of: "โครงการเพิ่มเติมจัดเก็บภาษีทดสอบ", in: text))
        #expect(!findings.contains { $0.severity == .error })
    }

    @Test func groupCountInASubtotalRow() throws {
        let text = TotalsDoc.plan(count1: "๕")
        let findings = try TotalsDoc.findings(rule, text)
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.severity == .error)
        #expect(finding.line == TotalsDoc.line(of: "จำนวน ๕ โครงการ", in: text))
        #expect(finding.expected == "4")
        #expect(finding.actual == "5")
        #expect(finding.message.contains("มิติ 1"))
    }

    @Test func groupCountsThatMatchAreQuiet() throws {
        #expect(try TotalsDoc.findings(rule, TotalsDoc.plan()).isEmpty)
    }
}
