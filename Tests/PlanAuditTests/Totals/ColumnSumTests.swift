import DocumentReader
@testable import PlanAudit
@testable import PlanRecords
import Testing
import ThaiText

/// A status table with two budgets for the year: as planned and as approved.
@Suite struct ColumnSumTests {
    let rule = ColumnSumRule()

    static func table(plannedTotal: String = "65,000", header: String = "งบประมาณตามแผน (บาท)\tงบประมาณที่ได้รับอนุมัติ (บาท)") -> String {
        """
        รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

        ที่\tโครงการ\t\(header)\tเบิกจ่าย (บาท)
        1\tโครงการอบรมคุณธรรมทดสอบ\t30,000\t25,000\t24,500
        2\tโครงการจัดซื้อโปร่งใสทดสอบ\t15,000\t15,000\t14,000
        3\tโครงการประชาคมทดสอบ\t20,000\t-\t-
        \tรวม\t\(plannedTotal)\t40,000\t38,500
        """
    }

    @Test func theApprovedBudgetIsTheBudgetAndThePlannedOneHasItsOwnSum() throws {
        let record = try TotalsDoc.record(Self.table())
        let first = try #require(record.projects.first?.mentions.first)
        #expect(first.budgets[2567]?.value == ExactDecimal(25_000))
        #expect(first.plannedBudget?.value == ExactDecimal(30_000))
        #expect(record.declared.filter { $0.what == .plannedBudgetTotal }.map(\.value.value) == [ExactDecimal(65_000)])
        #expect(record.declared.filter { $0.what == .grandTotal }.map(\.value.value) == [ExactDecimal(40_000)])
        #expect(Auditor.check(record).isEmpty, "\(Auditor.check(record).map(\.message))")
    }

    @Test func aPlannedTotalThatIsNotItsRowsSumIsAnError() throws {
        let findings = try TotalsDoc.findings(rule, Self.table(plannedTotal: "66,000"))
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.line == 7)
        #expect(finding.expected == "65000")
        #expect(finding.evidence.dropFirst().map(\.line) == [4, 5, 6])
    }

    /// With no word that says which is approved, the budget is the column nearest the disbursement.
    @Test func withoutAnApprovedWordTheLastBudgetColumnIsTheBudget() {
        let roles = ColumnRoles.secondBudgets([.number, .name, .budget(year: nil), .budget(year: nil), .disbursed],
                                              labels: ["ที่", "โครงการ", "งบประมาณตามแผน", "งบประมาณ", "เบิกจ่าย"])
        #expect(roles == [.number, .name, .plannedBudget, .budget(year: nil), .disbursed])
        let years = ColumnRoles.secondBudgets([.budget(year: 2566), .budget(year: 2567)], labels: ["2566", "2567"])
        #expect(years == [.budget(year: 2566), .budget(year: 2567)], "a plan's year columns are each the budget of its year")
        // `ตั้งไว้` is what the budget ordinance set (`ตั้งไว้ในเทศบัญญัติ`): the approved budget, wherever it stands.
        let set = ColumnRoles.secondBudgets([.number, .name, .budget(year: nil), .budget(year: nil), .disbursed],
                                            labels: ["ที่", "โครงการ", "งบประมาณที่ตั้งไว้", "งบประมาณตามแผน", "เบิกจ่าย"])
        #expect(set == [.number, .name, .budget(year: nil), .plannedBudget, .disbursed])
    }
}

/// A budget split by source (`เงินงบประมาณ | เงินอุดหนุน | อื่นๆ | รวม`): each source's total against its column, and
/// each row's รวม against its sources (row-arithmetic).
@Suite struct FundingSourceSumTests {
    static func plan(row2Total: String = "40,000", subsidyTotal: String = "30,000") -> String {
        """
        แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
        เทศบาลตำบลทดสอบ

        ที่\tโครงการ\tเงินงบประมาณ\tเงินอุดหนุน\tอื่นๆ\tรวม
        1\tโครงการฝึกอบรมคุณธรรมทดสอบ\t30,000\t10,000\t-\t40,000
        2\tโครงการส่งเสริมอาชีพทดสอบ\t15,000\t20,000\t5,000\t\(row2Total)
        รวมทั้งสิ้น\t\t45,000\t\(subsidyTotal)\t5,000\t80,000
        """
    }

    @Test func consistentSourcesAreQuiet() throws {
        let record = try TotalsDoc.record(Self.plan())
        #expect(Auditor.check(record).isEmpty, "\(Auditor.check(record).map(\.message))")
    }

    @Test func aSourceTotalThatIsNotItsColumnsSum() throws {
        let findings = try TotalsDoc.findings(ColumnSumRule(), Self.plan(subsidyTotal: "36,000"))
        #expect(findings.map(\.message) == ["the total row (line 7) states 36,000 from เงินอุดหนุน but its 2 rows sum to 30,000"])
    }

    @Test func aRowsTotalThatIsNotItsSourcesSum() throws {
        let findings = try TotalsDoc.findings(RowArithmeticRule(), Self.plan(row2Total: "45,000"))
        #expect(findings.count == 1)
        #expect(findings.first?.line == 6)
        #expect(findings.first?.message.hasSuffix("states a budget of 45,000 but its sources เงินงบประมาณ 15,000 + เงินอุดหนุน 20,000 + อื่นๆ 5,000 = 40,000") == true)
    }
}
