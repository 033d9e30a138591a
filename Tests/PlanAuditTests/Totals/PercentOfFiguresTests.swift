import DocumentReader
@testable import PlanAudit
import PlanRecords
import ThaiText
import Testing

@Suite struct PercentOfFiguresTests {
    let rule = PercentOfFiguresRule()

    /// `จากงบประมาณ ๓๕,๐๐๐ บาท` against the rows' budgets (20,000 + 0 + 10,000): the budget is what is wrong,
    /// and the percentage of it (57.14) is right, so only the budget is reported.
    /// A paragraph about one project (`โครงการ… งบประมาณ … บาท เบิกจ่าย … บาท`) states that project's spending,
    /// not the report's: it is no disbursed total to hold against the whole table.
    @Test func oneProjectsSpendingIsNoDocumentTotal() throws {
        var text = TotalsDoc.report(rows: TotalsDoc.threeRows, tallies: TotalsDoc.threeTallies, money: TotalsDoc.threeMoney)
        text = text.replacing("ตารางที่ ๑ สถานะการดำเนินการ", with: "โครงการอบรมจริยธรรมพนักงานทดสอบ จัดอบรมเมื่อวันที่ ๒๑ กุมภาพันธ์ ๒๕๖๗ งบประมาณ ๒๐,๐๐๐ บาท เบิกจ่าย ๑๘,๕๐๐ บาท\n\nตารางที่ ๑ สถานะการดำเนินการ")
        let record = try TotalsDoc.record(text)
        #expect(record.declared.filter { $0.what == .disbursedTotal && $0.table == nil }.map(\.value.value.description) == ["20000.00"])
        #expect(PercentOfFiguresRule().check(record, AuditOptions()).isEmpty)
    }

    /// Summaries that say the money was used, not disbursed (`ใช้งบประมาณไปทั้งสิ้น … จากงบประมาณที่ได้รับ …`,
    /// `งบประมาณที่ได้รับ … ใช้จ่ายจริง … คงเหลือ …`): the amount used is the disbursement, the other the budget,
    /// and the percentage is checked. (The amount used had been taken for the budget: a false error.)
    @Test(arguments: [
        "ใช้งบประมาณไปทั้งสิ้น ๒๐,๐๐๐ บาท จากงบประมาณที่ได้รับ ๓๐,๐๐๐ บาท คิดเป็นร้อยละ %@",
        "งบประมาณที่ได้รับ ๓๐,๐๐๐ บาท ใช้จ่ายจริง ๒๐,๐๐๐ บาท คงเหลือ ๑๐,๐๐๐ บาท คิดเป็นร้อยละ %@",
        "ใช้งบประมาณทั้งสิ้น ๒๐,๐๐๐ บาท จากงบประมาณ ๓๐,๐๐๐ บาท คิดเป็นร้อยละ %@",
    ])
    func moneyUsedIsTheDisbursement(sentence: String) throws {
        func record(_ percent: String) throws -> PlanRecord {
            try TotalsDoc.record(TotalsDoc.report(rows: TotalsDoc.threeRows, tallies: TotalsDoc.threeTallies,
                                                  money: sentence.replacing("%@", with: percent)))
        }
        let right = try record("๖๖.๖๗")
        let stated = right.declared.filter { $0.table == nil }
        #expect(stated.filter { $0.what == .disbursedTotal }.map(\.value.value.description) == ["20000.00"])
        #expect(stated.filter { $0.what == .budgetTotal }.map(\.value.value.description) == ["30000.00"])
        #expect(stated.filter { $0.what == .disbursedPercent }.map(\.value.value.description) == ["66.67"])
        #expect(rule.check(right, AuditOptions()).isEmpty)
        let findings = rule.check(try record("๖๘.๖๗"), AuditOptions())
        #expect(findings.map(\.severity) == [.error])
        #expect(findings.first?.expected == "66.67")
    }

    /// `รวมทั้งสิ้น จำนวน ๓ โครงการ งบประมาณ … บาท`: a line that opens with a total states the year's budget (the
    /// total word stands before the count, not in the clause before the amount, and had been missed).
    @Test func aLineOpeningWithATotalStatesTheBudget() throws {
        func record(_ amount: String) throws -> PlanRecord {
            try TotalsDoc.record(TotalsDoc.report(rows: TotalsDoc.threeRows, tallies: TotalsDoc.threeTallies,
                                                  money: "รวมทั้งสิ้น จำนวน ๓ โครงการ งบประมาณ \(amount) บาท"))
        }
        let right = try record("๓๐,๐๐๐")
        #expect(right.declared.filter { $0.what == .budgetTotal && $0.table == nil }.map(\.value.value.description) == ["30000.00"])
        #expect(rule.check(right, AuditOptions()).isEmpty)
        let wrong = rule.check(try record("๓๕,๐๐๐"), AuditOptions())
        #expect(wrong.map(\.severity) == [.error] && wrong.first?.expected == "30000.00")
    }

    /// A plan's stated budget against its rows, where a row's budget is no number as written: the sum is not
    /// known, so nothing is reported (it had been an error against the rows that could be read).
    @Test func aStatedBudgetIsNotHeldAgainstRowsWithAnUnreadableBudget() throws {
        func record(_ first: String) throws -> PlanRecord {
            try TotalsDoc.record("""
            แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘

            ลำดับ\tโครงการ\tงบประมาณ (บาท)
            1\tโครงการอบรมคุณธรรม\t\(first)
            2\tโครงการจัดเวทีประชาคม\t๕๐,๐๐๐

            รวม ๒ โครงการ งบประมาณ ๖๒,๓๔๐ บาท
            """)
        }
        #expect(rule.check(try record("๑๒,๓๔๐"), AuditOptions()).isEmpty)
        let wrong = rule.check(try record("๑๒,๐๐๐"), AuditOptions())
        #expect(wrong.map(\.severity) == [.error] && wrong.first?.expected == "62000.00")
        #expect(rule.check(try record("๑๒,๓๔"), AuditOptions()).isEmpty)
    }

    /// A summary wrapped between ร้อยละ and its figure: the percentage is read across the break and checked.
    @Test func aPercentageWrappedOntoTheNextLineIsChecked() throws {
        func record(_ percent: String) throws -> PlanRecord {
            try TotalsDoc.record(TotalsDoc.report(rows: TotalsDoc.threeRows, tallies: TotalsDoc.threeTallies,
                                                  money: "ใช้งบประมาณทั้งสิ้น ๒๐,๐๐๐ บาท จากงบประมาณ ๓๐,๐๐๐ บาท คิดเป็นร้อยละ\n\(percent) ของงบประมาณ"))
        }
        let right = try record("๖๖.๖๗")
        #expect(right.declared.filter { $0.what == .disbursedPercent }.map(\.value.value.description) == ["66.67"])
        #expect(rule.check(right, AuditOptions()).isEmpty)
        let wrong = rule.check(try record("๖๘.๖๗"), AuditOptions())
        #expect(wrong.map(\.severity) == [.error] && wrong.first?.expected == "66.67")
    }

    @Test func statedBudgetAgainstTheRows() throws {
        let money = "เบิกจ่ายงบประมาณทั้งสิ้น ๒๐,๐๐๐ บาท จากงบประมาณ ๓๕,๐๐๐ บาท คิดเป็นร้อยละ ๕๗.๑๔"
        let text = TotalsDoc.report(rows: TotalsDoc.threeRows, tallies: TotalsDoc.threeTallies, money: money)
        let record = try TotalsDoc.record(text)
        #expect(record.declared.filter { $0.what == .budgetTotal }.map(\.value.value.description) == ["35000.00"])
        #expect(record.declared.contains { $0.what == .disbursedPercent })
        let findings = PercentOfFiguresRule().check(record, AuditOptions())
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.severity == .error)
        #expect(finding.message == "states a budget of 35,000 but the budgets of the 3 rows listed sum to 30,000")
        #expect(finding.expected == "30000.00")
        #expect(finding.evidence.first?.value == "๓๕,๐๐๐ บาท")
    }

    /// A plan's budget over all its years (`งบประมาณรวมตลอดระยะเวลาของแผน …`) against every project's budget for
    /// every year of the plan.
    @Test func aWholePlansBudgetAgainstEveryYear() throws {
        func plan(_ stated: String) -> String {
            """
            แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๘ - ๒๕๖๙)
            องค์การบริหารส่วนตำบลทดสอบ

            จำนวน ๒ โครงการ งบประมาณรวมตลอดระยะเวลาของแผน \(stated) บาท

            ที่\tโครงการ\tปี ๒๕๖๘\tปี ๒๕๖๙
            1\tโครงการอบรมคุณธรรมทดสอบ\t20,000\t20,000
            2\tโครงการเผยแพร่ข่าวสารทดสอบ\t10,000\t-
            """
        }
        #expect(try TotalsDoc.findings(rule, plan("๕๐,๐๐๐")).isEmpty)
        let findings = try TotalsDoc.findings(rule, plan("๖๐,๐๐๐"))
        #expect(findings.map(\.message) == ["states a budget of 60,000 for the whole plan but the budgets of its 2 projects for 2568–2569 sum to 50,000"])
        #expect(findings.first?.line == 4)
    }

    /// A report of one year that cites its plan's budget over all the plan's years (`แผน… (พ.ศ. ๒๕๖๖ - ๒๕๗๐) ซึ่งมี
    /// งบประมาณรวมตลอดระยะเวลาของแผน ๑,๐๑๕,๐๐๐ บาท`) states nothing of its rows' budgets: quiet, where it had been an error.
    @Test func aReportCitingItsWholePlansBudgetIsQuiet() throws {
        let money = "ตามแผนปฏิบัติการ (พ.ศ. ๒๕๖๖ - ๒๕๗๐) ซึ่งมีงบประมาณรวมตลอดระยะเวลาของแผน ๑,๐๑๕,๐๐๐ บาท\n" + TotalsDoc.threeMoney
        let record = try TotalsDoc.record(TotalsDoc.report(rows: TotalsDoc.threeRows, tallies: TotalsDoc.threeTallies, money: money))
        #expect(record.declared.contains { $0.what == .budgetTotal && $0.value.value == ExactDecimal(1_015_000) && $0.isWholePlan })
        #expect(rule.check(record, AuditOptions()).isEmpty)
    }

    /// A sentence turned to another year (`เปรียบเทียบกับปีงบประมาณ พ.ศ. ๒๕๖๖ ซึ่งมีโครงการ ๔ โครงการ เบิกจ่าย …`, or
    /// `เมื่อเทียบกับปีที่ผ่านมา …`) states that year's figures, none of the report's; the report's own year named
    /// again turns it back.
    @Test func figuresOfAnotherYearAreNotTheReports() throws {
        for comparison in ["เปรียบเทียบกับปีงบประมาณ พ.ศ. ๒๕๖๖ ซึ่งมีโครงการ ๔ โครงการ เบิกจ่ายงบประมาณ ๘๕,๐๐๐ บาท จากงบประมาณ ๑๔๐,๐๐๐ บาท คิดเป็นร้อยละ ๖๐.๗๑",
                           "เมื่อเทียบกับปีที่ผ่านมา เบิกจ่ายงบประมาณ ๘๕,๐๐๐ บาท จากงบประมาณ ๑๔๐,๐๐๐ บาท"] {
            let text = TotalsDoc.report(rows: TotalsDoc.threeRows, tallies: TotalsDoc.threeTallies, money: TotalsDoc.threeMoney + "\n\n" + comparison)
            let record = try TotalsDoc.record(text)
            #expect(!record.declared.contains { $0.value.value == ExactDecimal(85_000) || $0.value.value == ExactDecimal(140_000) || $0.value.value == ExactDecimal(4) }, "\(comparison)")
            #expect(TotalsDoc.totals(record).isEmpty, "\(comparison)")
        }
        let back = "เปรียบเทียบกับปีงบประมาณ พ.ศ. ๒๕๖๖ ซึ่งมีโครงการ ๔ โครงการ ส่วนปีงบประมาณ พ.ศ. ๒๕๖๗ ดำเนินการ จำนวน ๕ โครงการ"
        let record = try TotalsDoc.record(TotalsDoc.report(rows: TotalsDoc.threeRows, tallies: TotalsDoc.threeTallies, money: TotalsDoc.threeMoney + "\n\n" + back))
        #expect(record.declared.filter { $0.what == .projectCount }.map(\.value.value) == [ExactDecimal(3), ExactDecimal(5)])
    }

    @Test func statedBudgetThatAgreesIsQuiet() throws {
        let text = TotalsDoc.report(rows: TotalsDoc.threeRows, tallies: TotalsDoc.threeTallies, money: TotalsDoc.threeMoney)
        #expect(try TotalsDoc.findings(PercentOfFiguresRule(), text).isEmpty)
    }

    @Test func wrongPercentageIsAnError() throws {
        let money = "เบิกจ่ายงบประมาณทั้งสิ้น ๒๐,๐๐๐ บาท จากงบประมาณ ๓๐,๐๐๐ บาท คิดเป็นร้อยละ ๖๗.๖๖"
        let text = TotalsDoc.report(rows: TotalsDoc.threeRows, tallies: TotalsDoc.threeTallies, money: money)
        let findings = try TotalsDoc.findings(rule, text)
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.rule == "percent-of-figures")
        #expect(finding.severity == .error)
        #expect(finding.line == TotalsDoc.line(of: "คิดเป็นร้อยละ", in: text))
        #expect(finding.expected == "66.67")
        #expect(finding.actual == "67.66")
        #expect(finding.evidence.first?.value == "ร้อยละ ๖๗.๖๖" || finding.evidence.first?.value?.contains("๖๗.๖๖") == true)
    }

    @Test func rightPercentageIsQuiet() throws {
        let text = TotalsDoc.report(rows: TotalsDoc.threeRows, tallies: TotalsDoc.threeTallies, money: TotalsDoc.threeMoney)
        #expect(try TotalsDoc.findings(rule, text).isEmpty)
    }

    @Test func percentageOfTheListedBudgetsWhenNoneIsStated() throws {
        // 20,000 of the rows' 30,000 is 66.67; truncated 66.66 is accepted too.
        for (percent, quiet) in [("๖๖.๖๗", true), ("๖๖.๖๖", true), ("๖๖.๗", true), ("๖๐.๐๐", false)] {
            let money = "เบิกจ่ายงบประมาณ ๒๐,๐๐๐.๐๐ บาท คิดเป็นร้อยละ \(percent)"
            let text = TotalsDoc.report(rows: TotalsDoc.threeRows, tallies: TotalsDoc.threeTallies, money: money)
            let findings = try TotalsDoc.findings(rule, text)
            #expect(findings.isEmpty == quiet, "ร้อยละ \(percent)")
        }
    }

    @Test func statedDisbursementAgainstTheRows() throws {
        let money = "เบิกจ่ายงบประมาณทั้งสิ้น ๒๑,๐๐๐ บาท จากงบประมาณ ๓๐,๐๐๐ บาท คิดเป็นร้อยละ ๗๐.๐๐"
        let text = TotalsDoc.report(rows: TotalsDoc.threeRows, tallies: TotalsDoc.threeTallies, money: money)
        let findings = try TotalsDoc.findings(rule, text)
        #expect(findings.count == 1)  // 21,000 of 30,000 is 70.00%: only the disbursement is wrong
        let finding = try #require(findings.first)
        #expect(finding.severity == .error)
        #expect(finding.expected == "20000.00")
        #expect(finding.actual == "21000.00")
        #expect(finding.evidence.count == 4)
    }
}
