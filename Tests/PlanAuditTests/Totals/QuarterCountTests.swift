import DocumentReader
@testable import PlanAudit
import PlanRecords
import Testing

@Suite struct QuarterCountTests {
    let rule = QuarterCountRule()

    @Test func wrongQuarterCountIsAnError() throws {
        let text = TotalsDoc.plan(quarterTotals: "2\t3\t3\t1")
        let findings = try TotalsDoc.findings(rule, text)
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.rule == "quarter-count")
        #expect(finding.severity == .error)
        #expect(finding.line == TotalsDoc.line(of: "65,000.00", in: text))
        #expect(finding.expected == "2")
        #expect(finding.actual == "3")
        #expect(finding.message.contains("quarter 3"))
        #expect(finding.evidence.count == 3)  // the total and the two rows ticking quarter 3
    }

    @Test func rightQuarterCountsAreQuiet() throws {
        #expect(try TotalsDoc.findings(rule, TotalsDoc.plan()).isEmpty)
    }
}
