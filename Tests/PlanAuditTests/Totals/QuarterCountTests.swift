import DocumentReader
@testable import PlanAudit
import PlanRecords
import Testing

@Suite struct QuarterCountTests {
    let rule = QuarterCountRule()

    /// A year table's only total row says `รวม`, not `รวมทั้งสิ้น`: it totals the whole table, not the last
    /// row's dimension.
    @Test func aSoleTotalRowTotalsTheWholeTable() throws {
        let text = TotalsDoc.plan().replacing("รวมทั้งสิ้น\t\t\t65,000.00", with: "รวม\t\t\t65,000.00")
        #expect(text.contains("รวม\t\t\t65,000.00"))
        let record = try TotalsDoc.record(text)
        #expect(QuarterCountRule().check(record, AuditOptions()).isEmpty)
        #expect(SubtotalSumRule().check(record, AuditOptions()).isEmpty)
        let wrong = try TotalsDoc.record(TotalsDoc.plan(quarterTotals: "2\t3\t3\t1").replacing("รวมทั้งสิ้น\t\t\t65,000.00", with: "รวม\t\t\t65,000.00"))
        let findings = QuarterCountRule().check(wrong, AuditOptions())
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("states 3 projects in quarter 3 but 2 of its 4 rows tick") == true)
    }

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

    /// A schedule drawn with dots (`●`, `•`) is ticked; a quarter marked with a sign that is no tick as read
    /// (`X`) makes a shortfall a warning that names the sign, not an error.
    static let marked = """
    แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

    ที่\tโครงการ\tงบประมาณ (บาท)\tไตรมาส 1\tไตรมาส 2\tไตรมาส 3\tไตรมาส 4
    1\tโครงการอบรมคุณธรรมทดสอบ\t30,000\t●\t•\t\t
    2\tโครงการจัดซื้อโปร่งใสทดสอบ\t15,000\t\t\tX\t●
    \tรวม\t45,000\t1\t1\t1\t1
    """

    @Test func dotsAreTicksAndOtherMarksAreNamed() throws {
        let record = try TotalsDoc.record(Self.marked)
        #expect(record.projects.map { $0.mentions[0].quarters } == [[1, 2], [4]])
        let findings = rule.check(record, AuditOptions())
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.severity == .warning)
        #expect(finding.message.contains("quarter 3") && finding.message.contains("(X)"))
        #expect(finding.evidence.last?.note == "mark not read as a tick")
        #expect(finding.evidence.last?.line == 5)
    }

    /// A month's count on the total row of a schedule drawn month by month.
    @Test func aMonthCountThatIsNotItsTicksIsAnError() throws {
        let months = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."]
        let text = """
        แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

        ที่\tโครงการ\tงบประมาณ (บาท)\t\(months.joined(separator: "\t"))
        1\tโครงการอบรมคุณธรรมทดสอบ\t30,000\t\t✓\t\t\t\t\t\t\t\t\t\t
        2\tโครงการจัดซื้อโปร่งใสทดสอบ\t15,000\t\t✓\t\t\t\t\t\t\t\t\t\t✓
        \tรวม\t45,000\t0\t3\t0\t0\t0\t0\t0\t0\t0\t0\t0\t1
        """
        let findings = try TotalsDoc.findings(rule, text)
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.message.contains("month 2 (พ.ย.)"))
        #expect(finding.expected == "2" && finding.actual == "3")
        #expect(finding.evidence.dropFirst().map(\.line) == [4, 5])
    }
}
