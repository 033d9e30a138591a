import DocumentReader
@testable import PlanAudit
import PlanRecords
import ThaiText
import Testing

/// A date its month lacks (`๓๑ กุมภาพันธ์`): named as a date by its own rule, never taken for a project's
/// budget, and never moved to a day that exists.
@Suite struct ImpossibleDateTests {
    static let text = TotalsDoc.report(rows: TotalsDoc.threeRows, tallies: TotalsDoc.threeTallies, money: TotalsDoc.threeMoney)
        .replacing("ตารางที่ ๑ สถานะการดำเนินการ", with: """
        โครงการอบรมจริยธรรมพนักงานทดสอบ จัดอบรมเมื่อวันที่ ๓๑ กุมภาพันธ์ ๒๕๖๗ งบประมาณ ๒๐,๐๐๐ บาท เบิกจ่าย ๑๘,๕๐๐ บาท

        ตารางที่ ๑ สถานะการดำเนินการ
        """)
        .replacing("ประกาศ ณ วันที่ ๓๐ กันยายน พ.ศ. ๒๕๖๗", with: "ประกาศ ณ วันที่ ๓๑ กันยายน พ.ศ. ๒๕๖๗")

    @Test func eachDateIsNamedWithItsPlace() throws {
        let findings = try TotalsDoc.findings(ImpossibleDate(), Self.text)
        #expect(findings.map(\.line) == [TotalsDoc.line(of: "๓๑ กุมภาพันธ์", in: Self.text), TotalsDoc.line(of: "๓๑ กันยายน", in: Self.text)])
        #expect(findings.map(\.evidence.first?.value) == ["๓๑ กุมภาพันธ์ ๒๕๖๗", "๓๑ กันยายน พ.ศ. ๒๕๖๗"])
        #expect(findings[0].message.contains("no such date: month 2 of BE 2567 has no day 31"))
        #expect(findings[1].message.contains("no such date: month 9 of BE 2567 has no day 31"))
        #expect(findings.allSatisfy { $0.severity == .warning && $0.rule == "impossible-date" })
    }

    /// Before, the date in the entry's sentence was the project's unreadable "budget", and the sums it joins were
    /// reported as incomplete.
    @Test func aDateIsNoBudget() throws {
        let record = try TotalsDoc.record(Self.text)
        #expect(record.projects.allSatisfy { $0.mentions.allSatisfy(\.unreadable.isEmpty) })
        #expect(try TotalsDoc.findings(UnreadableFigure(), Self.text).isEmpty)
        let project = try #require(record.projects.first { $0.name == "โครงการอบรมจริยธรรมพนักงานทดสอบ" })
        #expect(project.mentions.contains { $0.role == .narrative && $0.budgets[2567]?.value == ExactDecimal(20_000) })
        // The report's date is unknown, not the 1st of October nor the 30th of September.
        #expect(record.document.issued == nil)
    }

    @Test func realDatesAreQuiet() throws {
        let text = TotalsDoc.report(rows: TotalsDoc.threeRows, tallies: TotalsDoc.threeTallies, money: TotalsDoc.threeMoney)
        #expect(try TotalsDoc.findings(ImpossibleDate(), text).isEmpty)
    }
}
