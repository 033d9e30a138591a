import DocumentReader
@testable import PlanAudit
import PlanRecords
import Testing
import ThaiText

/// A summary per dimension against the projects listed under each dimension, and its total against its rows.
@Suite struct DimensionSummaryTests {
    /// The summary's rows for มิติ 1 and 2 and its total, for 2568 and 2569; the projects' table after it.
    static func plan(dimension1: String = "30,000", total2569: String = "35,000", project2: String = "10,000") -> String {
        """
        # แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๘ - ๒๕๖๙)

        | มิติ | จำนวนโครงการ | ปี ๒๕๖๘ (บาท) | ปี ๒๕๖๙ (บาท) |
        |---|---|---|---|
        | มิติที่ ๑ การสร้างสังคมที่ไม่ทนต่อการทุจริต | ๒ | \(dimension1) | 30,000 |
        | มิติที่ ๒ การบริหารราชการเพื่อป้องกันการทุจริต | ๑ | 5,000 | 5,000 |
        | รวม | ๓ | 35,000 | \(total2569) |

        | ที่ | มิติ | โครงการ | ปี ๒๕๖๘ (บาท) | ปี ๒๕๖๙ (บาท) |
        |---|---|---|---|---|
        | 1 | 1 | โครงการอบรมคุณธรรมจริยธรรมผู้บริหารและพนักงาน | 20,000 | 20,000 |
        | 2 | 1 | โครงการส่งเสริมการเรียนรู้ตามหลักปรัชญาเศรษฐกิจพอเพียง | \(project2) | 10,000 |
        | 3 | 2 | มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้างทางเว็บไซต์ | 5,000 | 5,000 |
        """
    }

    @Test func theSummaryIsReadAsCountsAndDimensionBudgets() throws {
        let record = try CrossCheckDoc.record(Self.plan(), format: .markdown)
        let counts = record.declared.filter { $0.what == .projectCount }
        #expect(counts.map { "\($0.dimension ?? "all"):\($0.value.value)" } == ["1:2", "2:1", "all:3"])
        #expect(counts.allSatisfy { $0.table == nil })
        let dimension1 = record.declared.filter { $0.what == .subtotal && $0.dimension == "1" }
        #expect(dimension1.map { "\($0.year!):\($0.value.value)" } == ["2568:30000", "2569:30000"])
        #expect(record.projects.count == 3)
    }

    @Test func quietWhenEveryFigureAgrees() throws {
        #expect(try CrossCheckDoc.findings(DimensionSummaryRule(), Self.plan(), format: .markdown).isEmpty)
        #expect(try CrossCheckDoc.findings(StatedCountRule(), Self.plan(), format: .markdown).isEmpty)
    }

    @Test func aDimensionsBudgetThatIsNotItsProjectsSum() throws {
        let findings = try CrossCheckDoc.findings(DimensionSummaryRule(), Self.plan(dimension1: "31,000", total2569: "35,000"),
                                                  format: .markdown)
        // The dimension's row disagrees with its projects, and the total (35,000) with the rows (36,000).
        #expect(findings.map(\.message) == [
            "the dimension summary states 31,000 for มิติ 1 in 2568 but the budgets of its 2 projects for 2568 sum to 30,000",
            "the dimension summary's total for 2568 states 35,000 but its 2 dimension rows sum to 36,000",
        ])
        #expect(findings[0].line == 5 && findings[0].expected == "30000" && findings[0].actual == "31000")
        #expect(findings[0].evidence.map(\.line) == [5, 11, 12])
        #expect(findings[1].line == 7)
    }

    @Test func aTotalThatIsNotItsRowsSum() throws {
        let findings = try CrossCheckDoc.findings(DimensionSummaryRule(), Self.plan(total2569: "45,000"), format: .markdown)
        #expect(findings.map(\.message) == ["the dimension summary's total for 2569 states 45,000 but its 2 dimension rows sum to 35,000"])
    }

    /// A project whose figure could not be read leaves its dimension's sum open: nothing is said.
    @Test func anUnreadableProjectFigureLeavesTheSumOpen() throws {
        let findings = try CrossCheckDoc.findings(DimensionSummaryRule(), Self.plan(dimension1: "31,000", total2569: "35,000", project2: "1O,000"),
                                                  format: .markdown)
        #expect(!findings.contains { $0.message.contains("มิติ 1 in 2568") })
    }
}

/// Quarter columns under the years they belong to (`พ.ศ. ๒๕๖๘ / ไตรมาส ๑ … พ.ศ. ๒๕๖๙ / ไตรมาส ๑ …`): each year's
/// ticks are that year's schedule, and a total row's counts are held against that year's ticks.
@Suite struct QuarterColumnsByYearTests {
    static func plan(counts: String) -> String {
        """
        <table>
        <tr><td rowspan=2>ที่</td><td rowspan=2>โครงการ</td><td rowspan=2>งบประมาณ ๒๕๖๘</td><td rowspan=2>งบประมาณ ๒๕๖๙</td><td colspan=4>พ.ศ. ๒๕๖๘</td><td colspan=4>พ.ศ. ๒๕๖๙</td></tr>
        <tr><td>ไตรมาส ๑</td><td>ไตรมาส ๒</td><td>ไตรมาส ๓</td><td>ไตรมาส ๔</td><td>ไตรมาส ๑</td><td>ไตรมาส ๒</td><td>ไตรมาส ๓</td><td>ไตรมาส ๔</td></tr>
        <tr><td>1</td><td>โครงการอบรมคุณธรรมพนักงานส่วนตำบล</td><td>10,000</td><td>10,000</td><td>✓</td><td></td><td></td><td></td><td></td><td>✓</td><td></td><td></td></tr>
        <tr><td>2</td><td>มาตรการตรวจสอบการใช้ดุลพินิจ</td><td>-</td><td>-</td><td>✓</td><td>✓</td><td>✓</td><td>✓</td><td>✓</td><td>✓</td><td>✓</td><td>✓</td></tr>
        <tr><td colspan=2>รวม</td><td>10,000</td><td>10,000</td>\(counts)</tr>
        </table>
        """
    }

    static func cells(_ counts: [Int]) -> String { counts.map { count in "<td>\(count)</td>" }.joined() }

    @Test func eachYearHasItsOwnSchedule() throws {
        let record = try CrossCheckDoc.record(Self.plan(counts: Self.cells([2, 1, 1, 1, 1, 2, 1, 1])), format: .html)
        #expect(record.tables.first?.roles.suffix(2) == [.quarter(3, year: 2569), .quarter(4, year: 2569)])
        #expect(record.projects.first { $0.name.contains("อบรมคุณธรรม") }?.schedule == [2568: [1], 2569: [2]])
        #expect(record.projects.first { $0.name.contains("ดุลพินิจ") }?.schedule == [2568: [1, 2, 3, 4], 2569: [1, 2, 3, 4]])
        #expect(QuarterCountRule().check(record, AuditOptions()).isEmpty)
    }

    @Test func aCountIsHeldAgainstItsYearsTicks() throws {
        let text = Self.plan(counts: Self.cells([2, 1, 1, 1, 1, 2, 1, 2]))
        let findings = try CrossCheckDoc.findings(QuarterCountRule(), text, format: .html)
        #expect(findings.map(\.message) == ["the total row of the 2569 table (line 1) states 2 projects in quarter 4 but 1 of its 2 rows tick that quarter"])
        // The figure marked is the last cell's 2, not the first 2 of the row.
        #expect(FindingReport(colour: false).excerpt(findings[0].evidence[0]).hasSuffix("1 «2»"))
    }

    /// A report's summary per dimension gives each dimension's disbursement: its total row's against its
    /// dimension rows', with the projects' own disbursements saying which side is wrong. (A layout export's
    /// tables, drawn with spaces.)
    @Test func theTotalDisbursedAgainstTheDimensionRows() throws {
        func report(dimension2: String) -> String {
            """
            รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

            ที่      โครงการ/กิจกรรม/มาตรการ                      งบประมาณ         เบิกจ่าย   แล้วเสร็จ      ระหว่าง       ยังไม่
                                                           (บาท)          (บาท)                ดำเนินการ     ดำเนินการ
            1      โครงการอบรมคุณธรรมจริยธรรมผู้บริหาร            20,000.00      18,000.00      ✓
            2      มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง             5,000.00       4,500.00      ✓
                   รวม                                       25,000.00      22,500.00      2            0            0

            มิติ                                         จำนวน      แล้วเสร็จ       ระหว่าง         ยังไม่       งบประมาณ         เบิกจ่าย
                                                         โครงการ                  ดำเนินการ     ดำเนินการ          (บาท)          (บาท)
            มิติที่ ๑ การสร้างวัฒนธรรมสุจริต                       1            1            0            0      20,000.00      18,000.00
            มิติที่ ๒ การบริหารราชการด้วยความโปร่งใส                1            1            0            0       5,000.00       \(dimension2)
            รวม                                              2            2            0            0      25,000.00      22,500.00
            """
        }
        #expect(try CrossCheckDoc.findings(DimensionSummaryRule(), report(dimension2: "4,500.00")).isEmpty)
        let findings = try CrossCheckDoc.findings(DimensionSummaryRule(), report(dimension2: "5,400.00"))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.message == "the dimension summary's total disbursed states 22,500 but its 2 dimension rows sum to 23,400")
        #expect(finding.line == 13 && finding.evidence.map(\.line) == [13, 11, 12])
        #expect(finding.corroboration == "the 2 projects listed disbursed 22,500, as the total states: a dimension row is the likely error")
    }

    /// A summary that gives each dimension only its count, budget and disbursement (no status columns), over a
    /// table of projects with no year in its labels: the projects' budgets are the report's year's, so each
    /// dimension's budget agrees with its projects; and its total disbursed is held against its rows.
    @Test func aSummaryOfBudgetAndDisbursedOnly() throws {
        func report(totalDisbursed: String) -> String {
            """
            # รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘

            | มิติ | จำนวนโครงการ | งบประมาณ (บาท) | เบิกจ่าย (บาท) |
            |---|---|---|---|
            | มิติที่ ๑ การสร้างสังคมที่ไม่ทนต่อการทุจริต | ๒ | ๓๐,๐๐๐ | ๒๕,๐๐๐ |
            | มิติที่ ๒ การบริหารราชการเพื่อป้องกันการทุจริต | ๑ | ๑๐,๐๐๐ | ๘,๐๐๐ |
            | รวม | ๓ | ๔๐,๐๐๐ | \(totalDisbursed) |

            | ที่ | โครงการ | มิติ | งบประมาณ (บาท) | เบิกจ่าย (บาท) |
            |---|---|---|---|---|
            | ๑ | โครงการอบรมคุณธรรมจริยธรรมแก่พนักงาน | ๑ | ๒๐,๐๐๐ | ๒๐,๐๐๐ |
            | ๒ | โครงการส่งเสริมความซื่อสัตย์ในโรงเรียน | ๑ | ๑๐,๐๐๐ | ๕,๐๐๐ |
            | ๓ | มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง | ๒ | ๑๐,๐๐๐ | ๘,๐๐๐ |
            """
        }
        let record = try CrossCheckDoc.record(report(totalDisbursed: "๓๓,๐๐๐"), format: .markdown)
        #expect(record.projects.map { $0.budgets[2568].flatMap(\.value) } == [ExactDecimal(20_000), ExactDecimal(10_000), ExactDecimal(10_000)])
        let disbursed = record.declared.filter { $0.what == .disbursedTotal }
        #expect(disbursed.map { "\($0.dimension ?? "all"):\($0.value.value)" } == ["1:25000", "2:8000", "all:33000"])
        #expect(DimensionSummaryRule().check(record, AuditOptions()).isEmpty)

        let findings = try CrossCheckDoc.findings(DimensionSummaryRule(), report(totalDisbursed: "๓๕,๐๐๐"), format: .markdown)
        #expect(findings.map(\.message) == ["the dimension summary's total disbursed states 35,000 but its 2 dimension rows sum to 33,000"])
        #expect(findings.first?.line == 7)
    }
}
