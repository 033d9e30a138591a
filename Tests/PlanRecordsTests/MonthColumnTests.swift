@testable import PlanRecords
import Testing
import ThaiText

/// A schedule drawn month by month: twelve columns `ต.ค. … ก.ย.`, each tick a month and its quarter.
@Suite struct MonthColumnTests {
    static let months = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."]

    static func plan(total: String) -> String {
        func row(_ ticked: Set<Int>) -> String { (1...12).map { ticked.contains($0) ? "✓" : "" }.joined(separator: "\t") }
        return """
        แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

        ที่\tโครงการ\tงบประมาณ (บาท)\t\(months.joined(separator: "\t"))
        1\tโครงการอบรมคุณธรรมทดสอบ\t30,000\t\(row([2]))
        2\tโครงการจัดซื้อโปร่งใสทดสอบ\t15,000\t\(row([9, 12]))
        \tรวม\t45,000\t\(total)
        """
    }

    @Test func eachMonthTicksItsQuarter() throws {
        let record = try record(Self.plan(total: "0\t1\t0\t0\t0\t0\t0\t0\t1\t0\t0\t1"))
        let rows = record.projects.map { $0.mentions[0] }
        #expect(rows.map(\.months) == [[2], [9, 12]])
        #expect(rows.map(\.quarters) == [[1], [3, 4]])
        #expect(record.projects.map { $0.schedule[2567] } == [[1], [3, 4]])
        let counts = record.declared.filter { $0.what == .monthCount }
        #expect(counts.map(\.month) == Array(1...12))
        #expect(counts[1].value.value == ExactDecimal(1))
    }

    /// A label names one month only; a range of months is a quarter's label, read as before.
    @Test func monthLabels() {
        #expect(ColumnRoles.month(in: "ต.ค.") == 1)
        #expect(ColumnRoles.month(in: "ต.ค. ๖๖") == 1)
        #expect(ColumnRoles.month(in: "กันยายน") == 12)
        #expect(ColumnRoles.month(in: "ต.ค.-ธ.ค.") == nil)
        #expect(ColumnRoles.month(in: "ต.ค. - ธ.ค. ๖๖") == nil)
        #expect(ColumnRoles.role(of: "ต.ค.-ธ.ค.") == .quarter(1))
        // Four first months alone are the quarters, as before.
        #expect(ColumnRoles.monthColumns([.quarter(1), .quarter(2), .quarter(3), .quarter(4)], labels: ["ต.ค.", "ม.ค.", "เม.ย.", "ก.ค."])
                == [.quarter(1), .quarter(2), .quarter(3), .quarter(4)])
    }

    /// Months under the calendar years they fall in (`พ.ศ. ๒๕๖๖ / ต.ค.`, `พ.ศ. ๒๕๖๗ / ม.ค.`): still months.
    @Test func monthsUnderSpanningYears() {
        #expect(ColumnRoles.month(in: "พ.ศ. ๒๕๖๖ / พ.ย.") == 2)
        #expect(ColumnRoles.month(in: "พ.ศ. ๒๕๖๗ / ก.ย.") == 12)
    }

    /// Quarters named by their months under calendar years: October–December open the next fiscal year.
    @Test func aFirstQuarterUnderTheCalendarYearBeforeIsTheNextFiscalYears() {
        let calendar: [ColumnRole?] = [.name, .quarter(1, year: 2566), .quarter(2, year: 2567), .quarter(3, year: 2567), .quarter(4, year: 2567)]
        #expect(ColumnRoles.fiscalQuarters(calendar) == [.name, .quarter(1, year: 2567), .quarter(2, year: 2567), .quarter(3, year: 2567), .quarter(4, year: 2567)])
        let fiscal: [ColumnRole?] = [.quarter(1, year: 2568), .quarter(2, year: 2568), .quarter(1, year: 2569), .quarter(2, year: 2569)]
        #expect(ColumnRoles.fiscalQuarters(fiscal) == fiscal, "fiscal years over their quarters stay as written")
    }

    /// The text form shows each project's schedule and each month count's month.
    @Test func theSummaryShowsSchedulesAndMonths() throws {
        let summary = RecordSummary.text(try record(Self.plan(total: "0\t1\t0\t0\t0\t0\t0\t0\t1\t0\t0\t1")), file: "plan.txt")
        #expect(summary.contains("2567: 30000 · schedule 2567: Q1 · yearTableRow@4"))
        #expect(summary.contains("2567: 15000 · schedule 2567: Q3 Q4 · yearTableRow@5"))
        #expect(summary.contains("monthCount        1  (2567, month 2)"))
    }
}
