import DocumentReader
@testable import PlanAudit
import PlanRecords
import Testing
import ThaiText

@Suite struct CarriedSumTests {
    let rule = CarriedSumRule()

    static func report(carried: String, broughtForward: String) -> String {
        """
        รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘

        ที่\tโครงการ\tงบประมาณ\tเบิกจ่าย
        1\tโครงการอบรมคุณธรรมทดสอบ\t20,000\t19,000
        2\tโครงการจัดซื้อโปร่งใสทดสอบ\t15,000\t12,000
        \tยอดยกไป\t\(carried)

        - ๒ -

        ที่\tโครงการ\tงบประมาณ\tเบิกจ่าย
        \tยอดยกมา\t\(broughtForward)
        3\tมาตรการเผยแพร่ข้อมูลทดสอบ\t5,000\t5,000
        \tรวมทั้งสิ้น\t40,000\t36,000
        """
    }

    @Test func runningSumsThatFollowTheRowsAreQuiet() throws {
        let record = try TotalsDoc.record(Self.report(carried: "35,000\t31,000", broughtForward: "35,000\t31,000"))
        #expect(record.projects.count == 3)
        #expect(record.declared.filter { $0.what == .carriedTotal }.map(\.value.value) == [35_000, 31_000, 35_000, 31_000].map(ExactDecimal.init))
        #expect(rule.check(record, AuditOptions()).isEmpty)
        #expect(GrandTotalSumRule().check(record, AuditOptions()).isEmpty)
    }

    @Test func aRunningSumThatDoesNotIsAnError() throws {
        let findings = try TotalsDoc.findings(rule, Self.report(carried: "35,000\t31,000", broughtForward: "35,000\t32,000"))
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.line == 11)
        #expect(finding.severity == .error)
        #expect(finding.expected == "31000")
        #expect(finding.message.contains("disbursed"))
        #expect(finding.evidence.dropFirst().map(\.line) == [4, 5])
    }

    /// Page two's header in other words (`ลำดับ`, `ชื่อโครงการ`): the reader keeps two tables, and the running sum
    /// brought forward is still held against page one's rows.
    static func reworded(broughtForward: String) -> String {
        """
        รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘

        ที่\tโครงการ\tงบประมาณ\tเบิกจ่าย
        1\tโครงการอบรมคุณธรรมทดสอบ\t20,000\t19,000
        2\tโครงการจัดซื้อโปร่งใสทดสอบ\t15,000\t12,000

        - ๒ -

        ลำดับ\tชื่อโครงการ\tงบประมาณ\tเบิกจ่าย
        \tยอดยกมา\t\(broughtForward)
        3\tมาตรการเผยแพร่ข้อมูลทดสอบ\t5,000\t5,000
        \tรวมทั้งสิ้น\t40,000\t36,000
        """
    }

    @Test func aTableGoingOnUnderAHeaderInOtherWordsIsOneWithTheTableBefore() throws {
        let record = try TotalsDoc.record(Self.reworded(broughtForward: "35,000\t31,000"))
        #expect(record.tables.count == 2)
        #expect(record.tables.map(\.year) == [2568, 2568])
        #expect(rule.check(record, AuditOptions()).isEmpty)
        #expect(GrandTotalSumRule().check(record, AuditOptions()).isEmpty)
        #expect(PercentOfFiguresRule().check(record, AuditOptions()).isEmpty)

        let findings = try TotalsDoc.findings(rule, Self.reworded(broughtForward: "36,000\t31,000"))
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.line == 10)
        #expect(finding.expected == "35000")
        #expect(finding.evidence.dropFirst().map(\.line) == [4, 5])
    }
}
