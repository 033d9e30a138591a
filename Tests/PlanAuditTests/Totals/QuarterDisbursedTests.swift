import DocumentReader
@testable import PlanAudit
@testable import PlanRecords
import Testing
import ThaiText

/// A table of what was disbursed each quarter: its quarter columns hold amounts, not ticks.
@Suite struct QuarterDisbursedTests {
    let rule = QuarterDisbursedRule()

    static func table(row2: String = "5,000\t5,000\t2,000\t-\t12,000", totalQ2: String = "33,000") -> String {
        """
        รายงานผลการเบิกจ่ายงบประมาณตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

        ที่\tโครงการ\tงบประมาณ (บาท)\tไตรมาสที่ ๑\tไตรมาสที่ ๒\tไตรมาสที่ ๓\tไตรมาสที่ ๔\tรวมเบิกจ่าย (บาท)
        1\tโครงการอบรมคุณธรรมทดสอบ\t30,000\t-\t28,000\t-\t-\t28,000
        2\tโครงการจัดซื้อโปร่งใสทดสอบ\t15,000\t\(row2)
        3\tโครงการประชาคมทดสอบ\t20,000\t-\t-\t10,000\t9,000\t19,000
        \tรวม\t65,000\t5,000\t\(totalQ2)\t12,000\t9,000\t59,000
        """
    }

    @Test func quarterColumnsOfAmountsAreDisbursementsNotTicks() throws {
        let record = try TotalsDoc.record(Self.table())
        #expect(record.document.kind == .progressReport)
        let row = try #require(record.projects.dropFirst().first?.mentions.first)
        #expect(row.quarterDisbursed.mapValues(\.value) == [1: ExactDecimal(5_000), 2: ExactDecimal(5_000), 3: ExactDecimal(2_000), 4: .zero])
        #expect(row.quarterDisbursed[3]?.line == 5)
        #expect(row.quarters.isEmpty && row.quarterCells.isEmpty, "no schedule is read from amounts")
        #expect(!record.declared.contains { $0.what == .quarterCount })
        #expect(record.declared.filter { $0.what == .quarterDisbursedTotal }.map(\.value.value) == [5_000, 33_000, 12_000, 9_000].map(ExactDecimal.init))
        #expect(rule.check(record, AuditOptions()).isEmpty)
        #expect(Auditor.check(record).isEmpty, "\(Auditor.check(record).map(\.message))")
    }

    @Test func aRowWhoseQuartersDoNotAddUpIsAnError() throws {
        let findings = try TotalsDoc.findings(rule, Self.table(row2: "5,000\t5,000\t2,000\t-\t13,000"))
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.line == 5)
        #expect(finding.expected == "12000")
        #expect(finding.actual == "13000")
        #expect(finding.evidence.map(\.note) == ["stated disbursed", "quarter 1", "quarter 2", "quarter 3", "quarter 4"])
    }

    @Test func aQuarterTotalThatIsNotItsRowsSumIsAnError() throws {
        let findings = try TotalsDoc.findings(rule, Self.table(totalQ2: "32,000"))
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.line == 7)
        #expect(finding.expected == "33000")
        #expect(finding.evidence.dropFirst().map(\.line) == [4, 5, 6])
    }

    /// A label that says money (`เบิกจ่ายไตรมาส ๑ (บาท)`) makes a quarter column one of amounts by itself;
    /// a schedule's quarter columns stay ticks.
    @Test func labelsSayWhichQuarterColumnsHoldMoney() {
        #expect(ColumnRoles.role(of: "เบิกจ่ายไตรมาส ๑ (บาท)") == .quarterDisbursed(1))
        #expect(ColumnRoles.role(of: "ไตรมาสที่ ๒") == .quarter(2))
    }
}
