import DocumentReader
@testable import PlanAudit
import PlanRecords
import Testing
import ThaiText

@Suite struct RowArithmeticTests {
    let rule = RowArithmeticRule()

    /// A status table with budget, disbursed, remaining and percentage columns, and a summary.
    static func report(rows: [String], total: String) -> String {
        """
        รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
        เทศบาลตำบลทดสอบ

        ที่\tโครงการ\tงบประมาณ\tเบิกจ่าย\tคงเหลือ\tร้อยละการเบิกจ่าย
        \(rows.joined(separator: "\n"))
        \(total)
        """
    }

    static let rows = [
        "1\tโครงการอบรมคุณธรรมทดสอบ\t20,000\t19,500\t500\t97.50",
        "2\tมาตรการเผยแพร่ข่าวสารทดสอบ\t10,000\t6,000\t4,000\t60.00",
        "3\tโครงการประชาคมทดสอบ\t30,000\t10,000\t20,000\t33.33",
    ]
    static let total = "\tรวม\t60,000\t35,500\t24,500\t59.17"

    @Test func consistentRowsAreQuiet() throws {
        #expect(try TotalsDoc.findings(rule, Self.report(rows: Self.rows, total: Self.total)).isEmpty)
        // The percentage and remaining columns are no disbursement: the other totals rules stay quiet too.
        let record = try TotalsDoc.record(Self.report(rows: Self.rows, total: Self.total))
        #expect(PercentOfFiguresRule().check(record, AuditOptions()).isEmpty)
        #expect(record.projects.first?.mentions.first?.disbursed?.value == ExactDecimal(19_500))
    }

    @Test func aWrongRemainingIsAnError() throws {
        var rows = Self.rows
        rows[1] = "2\tมาตรการเผยแพร่ข่าวสารทดสอบ\t10,000\t6,000\t3,000\t60.00"
        let text = Self.report(rows: rows, total: "\tรวม\t60,000\t35,500\t23,500\t59.17")
        let findings = try TotalsDoc.findings(rule, text)
        #expect(findings.map(\.line) == [6, 8])
        let row = try #require(findings.first)
        #expect(row.expected == "4000")
        #expect(row.actual == "3000")
        #expect(row.evidence.map(\.note) == ["stated remaining", "budget", "disbursed"])
        // The total follows its rows: it is wrong against its own budget and disbursement, and says why.
        let total = try #require(findings.last)
        #expect(total.expected == "24500")
        #expect(total.corroboration?.contains("remaining add to 23,500, as stated") == true)
    }

    @Test func aWrongPercentageIsAnError() throws {
        var rows = Self.rows
        rows[2] = "3\tโครงการประชาคมทดสอบ\t30,000\t10,000\t20,000\t30.33"
        let findings = try TotalsDoc.findings(rule, Self.report(rows: rows, total: Self.total))
        #expect(findings.map(\.line) == [7])
        #expect(findings.first?.expected == "33.33")
        #expect(findings.first?.actual == "30.33")
    }

    /// 33.333… written cut off (33.33) or rounded (33.3) both follow from the figures.
    @Test func aPercentageCutOffOrRoundedAgrees() {
        let options = AuditOptions()
        #expect(RowArithmeticRule.percent(ExactDecimal("33.33")!, of: ExactDecimal(10_000), in: ExactDecimal(30_000), options) == nil)
        #expect(RowArithmeticRule.percent(ExactDecimal("66.6")!, of: ExactDecimal(20_000), in: ExactDecimal(30_000), options) == nil)
        #expect(RowArithmeticRule.percent(ExactDecimal("66.7")!, of: ExactDecimal(20_000), in: ExactDecimal(30_000), options) == nil)
        #expect(RowArithmeticRule.percent(ExactDecimal("67")!, of: ExactDecimal(20_000), in: ExactDecimal(30_000), options) == nil)
        #expect(RowArithmeticRule.percent(ExactDecimal("68")!, of: ExactDecimal(20_000), in: ExactDecimal(30_000), options) == ExactDecimal(67))
    }

    /// A row not budgeted (`-` in every column) remains nothing: the total's remaining still adds its rows.
    @Test func aDashRemainingAddsAsZero() throws {
        var rows = Self.rows
        rows.append("4\tมาตรการไม่ใช้งบทดสอบ\t-\t-\t-\t-")
        #expect(try TotalsDoc.findings(rule, Self.report(rows: rows, total: Self.total)).isEmpty)
        let findings = try TotalsDoc.findings(rule, Self.report(rows: rows, total: "\tรวม\t60,000\t35,500\t24,000\t59.17"))
        #expect(findings.map(\.expected) == ["24500", "24500"])
        #expect(findings.last?.message.hasSuffix("but its 4 rows' remaining sum to 24,500") == true)
    }

    @Test func aTotalRowsRemainingAgainstItsRows() throws {
        let text = Self.report(rows: Self.rows, total: "\tรวม\t60,000\t35,500\t25,500\t59.17")
        let findings = try TotalsDoc.findings(rule, text)
        // Against its own budget and disbursement (24,500), and against its rows' sum (24,500).
        #expect(findings.map(\.line) == [8, 8])
        #expect(findings.allSatisfy { $0.expected == "24500" })
    }

    /// `เบิกจ่ายจริง ๔๕,๐๐๐ บาท คิดเป็นร้อยละ ๙๕`: an entry's share of its budget, placed on its own line; the
    /// disbursement read through `จริง`, not taken for a second budget.
    @Test func anEntrysShareOfItsBudget() throws {
        func report(_ share: String) -> String {
            """
            รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
            องค์การบริหารส่วนตำบลทดสอบ

            ๑.๑ โครงการอบรมคุณธรรมทดสอบ
            การดำเนินการ จัดอบรม
            งบประมาณ ๕๐,๐๐๐.- บาท
            เบิกจ่ายจริง ๔๕,๐๐๐.- บาท คิดเป็นร้อยละ \(share) ของงบประมาณ
            ผลการดำเนินการ ดำเนินการแล้วเสร็จ
            """
        }
        let record = try TotalsDoc.record(report("๙๐"))
        let entry = try #require(record.projects.first?.mentions.first)
        #expect(entry.disbursed?.value == ExactDecimal(45_000))
        #expect(entry.disbursedPercent?.value == ExactDecimal(90))
        #expect(record.warnings.isEmpty)
        #expect(rule.check(record, AuditOptions()).isEmpty)

        let findings = try TotalsDoc.findings(rule, report("๙๕"))
        #expect(findings.map(\.line) == [7])
        #expect(findings.first?.expected == "90")
        #expect(findings.first?.evidence.map(\.line) == [7, 6, 7])
    }

    /// A plan row's `รวม (บาท)` against its years, `-` as zero: the row whose total is wrong is named.
    @Test func aRowsTotalOverItsYears() throws {
        func plan(_ secondTotal: String) -> String {
            """
            แผนปฏิบัติการป้องกันการทุจริต ระยะ ๓ ปี (พ.ศ. ๒๕๖๘ - ๒๕๗๐)

            ที่\tโครงการ\tปี 2568 (บาท)\tปี 2569 (บาท)\tปี 2570 (บาท)\tรวม (บาท)
            1\tโครงการอบรมคุณธรรมทดสอบ\t20,000\t20,000\t20,000\t60,000
            2\tโครงการเยาวชนทดสอบ\t15,000\t15,000\t-\t\(secondTotal)
            """
        }
        #expect(try TotalsDoc.findings(rule, plan("30,000")).isEmpty)
        let findings = try TotalsDoc.findings(rule, plan("35,000"))
        #expect(findings.map(\.line) == [5])
        #expect(findings.first?.expected == "30000")
        #expect(findings.first?.evidence.map(\.note) == ["stated total", "2568", "2569", "2570"])
    }

    /// The total column labelled only as a total (`รวม ๔ ปี`, `รวมทั้งสิ้น`, `รวม`), with no งบประมาณ or บาท in it, is
    /// the row's total over its years too; and the total row's cell under it is the grand total of that column.
    @Test(arguments: ["รวม ๓ ปี", "รวม 3 ปี", "รวมทั้งสิ้น", "รวม", "รวมเงิน", "รวม ๓ ปี (บาท)"])
    func aTotalColumnLabelledOnlyAsATotal(label: String) throws {
        func plan(_ secondTotal: String) -> String {
            """
            แผนปฏิบัติการป้องกันการทุจริต ระยะ ๓ ปี (พ.ศ. ๒๕๖๘ - ๒๕๗๐)

            | ที่ | โครงการ | ปี ๒๕๖๘ | ปี ๒๕๖๙ | ปี ๒๕๗๐ | \(label) | หมายเหตุ |
            |---|---|---|---|---|---|---|
            | ๑ | โครงการอบรมคุณธรรมทดสอบ | ๒๐,๐๐๐ | ๒๐,๐๐๐ | ๒๐,๐๐๐ | ๖๐,๐๐๐ | |
            | ๒ | โครงการเยาวชนทดสอบ | ๑๕,๐๐๐ | ๑๕,๐๐๐ | - | \(secondTotal) | |
            """
        }
        let record = try TotalsDoc.record(plan("๓๐,๐๐๐"), format: .markdown)
        let youth = try #require(record.projects.first { $0.name.contains("เยาวชน") })
        #expect(youth.mentions.first?.budgetForPeriod?.value == ExactDecimal(30_000))
        #expect(rule.check(record, AuditOptions()).isEmpty)
        let findings = rule.check(try TotalsDoc.record(plan("๓๕,๐๐๐"), format: .markdown), AuditOptions())
        #expect(findings.map(\.line) == [6])
        #expect(findings.first?.expected == "30000")
    }

    /// `… เบิกจ่าย ๑๘,๕๐๐ บาท คงเหลือ ๒,๕๐๐ บาท` in an entry: what is left, not a second budget for the year.
    @Test func anEntrysRemaining() throws {
        func report(_ left: String) -> String {
            """
            รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘

            โครงการอบรมคุณธรรมทดสอบ
            การดำเนินการ จัดอบรม
            งบประมาณ ๒๐,๐๐๐ บาท เบิกจ่าย ๑๘,๕๐๐ บาท คงเหลือ \(left) บาท
            ผลการดำเนินการ ดำเนินการแล้วเสร็จ
            """
        }
        let record = try TotalsDoc.record(report("๑,๕๐๐"))
        #expect(!record.warnings.contains { $0.message.contains("stated twice") })
        #expect(record.projects.first?.mentions.first?.remaining?.value == ExactDecimal(1_500))
        #expect(rule.check(record, AuditOptions()).isEmpty)
        let findings = try TotalsDoc.findings(rule, report("๒,๕๐๐"))
        #expect(findings.map(\.expected) == ["1500.00"])
    }
}
