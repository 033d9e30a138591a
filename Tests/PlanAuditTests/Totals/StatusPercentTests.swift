import DocumentReader
@testable import PlanAudit
import PlanRecords
import Testing

@Suite struct StatusPercentTests {
    let rule = StatusPercentRule()

    /// A summary that states a disbursement's share and then each tally's share of the projects.
    static func report(completedShare: String) -> String {
        """
        รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
        องค์การบริหารส่วนตำบลทดสอบ

        ที่\tโครงการ\tงบประมาณ\tเบิกจ่าย\tดำเนินการแล้วเสร็จ\tอยู่ระหว่างดำเนินการ
        1\tโครงการอบรมคุณธรรมทดสอบ\t20,000\t19,500\t☑\t
        2\tมาตรการเผยแพร่ข่าวสารทดสอบ\t0\t0\t☑\t
        3\tโครงการประชาคมทดสอบ\t10,000\t5,000\t\t☑

        สรุปผล เบิกจ่ายงบประมาณทั้งสิ้น ๒๔,๕๐๐ บาท จากงบประมาณ ๓๐,๐๐๐ บาท คิดเป็นร้อยละ ๘๑.๖๗ ดำเนินการแล้วเสร็จ ๒ โครงการ คิดเป็นร้อยละ \(completedShare) อยู่ระหว่างดำเนินการ ๑ โครงการ คิดเป็นร้อยละ ๓๓.๓๓
        """
    }

    @Test func sharesOfTheProjectsAreNoSharesOfTheBudget() throws {
        let record = try TotalsDoc.record(Self.report(completedShare: "๖๖.๖๗"))
        #expect(record.declared.filter { $0.what == .statusPercent }.map(\.value.value.description) == ["66.67", "33.33"])
        #expect(record.declared.filter { $0.what == .disbursedPercent }.map(\.value.value.description) == ["81.67"])
        // Read as shares of the budget, the two were two false errors.
        #expect(PercentOfFiguresRule().check(record, AuditOptions()).isEmpty)
        #expect(rule.check(record, AuditOptions()).isEmpty)
    }

    /// A count in the share's own sentence (`มาตรการทั้งสิ้น ๓ มาตรการ ดำเนินการแล้วเสร็จ ๒ …`) is the whole the share is
    /// of, before a count stated earlier (here a wrong ๔ in the introduction): the finding says 2 of 3.
    @Test func theCountInTheSharesOwnSentenceIsItsWhole() throws {
        let text = Self.report(completedShare: "๖๐.๐๐")
            .replacing("องค์การบริหารส่วนตำบลทดสอบ\n", with: "องค์การบริหารส่วนตำบลทดสอบ ดำเนินการ จำนวน ๔ โครงการ\n")
            .replacing("สรุปผล เบิกจ่าย", with: "สรุปผล โครงการทั้งสิ้น ๓ โครงการ เบิกจ่าย")
        let findings = try TotalsDoc.findings(rule, text)
        #expect(findings.count == 1)
        #expect(findings.first?.expected == "66.67")
        #expect(findings.first?.message.contains("2 of 3 (the number of projects stated in the same sentence)") == true)
    }

    @Test func aWrongShareIsAnError() throws {
        let text = Self.report(completedShare: "๗๖.๖๗")
        let findings = try TotalsDoc.findings(rule, text)
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.line == 9)
        #expect(finding.expected == "66.67")
        #expect(finding.actual == "76.67")
        #expect(finding.evidence.map(\.value) == ["ร้อยละ ๗๖.๖๗", "๒ โครงการ"])
    }
}
