import DocumentReader
@testable import PlanAudit
import PlanRecords
import Testing

@Suite struct SubtotalSumTests {
    /// Missions' subtotals, then their dimension's total, then the grand total: the dimension's total is held
    /// against all its rows (it had been skipped, having no row since the subtotal above it), and no row is
    /// counted twice for the grand total.
    @Test func aDimensionsTotalUnderItsMissionsSubtotalsIsItsRows() throws {
        let text = """
        แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘

        มิติ\tภารกิจ\tโครงการ\tงบประมาณ (บาท)
        ๑. การสร้างวัฒนธรรมสุจริต\t๑.๑ การเสริมสร้างจิตสำนึก\t๑) โครงการอบรมคุณธรรมทดสอบ\t20,000
        \t\t๒) โครงการเผยแพร่ความรู้ทดสอบ\t10,000
        \tรวมภารกิจที่ ๑.๑\t\t30,000
        \t๑.๒ การสร้างจิตสำนึกแก่ประชาชน\t๓) โครงการประชาคมทดสอบ\t15,000
        \tรวมภารกิจที่ ๑.๒\t\t15,000
        \tรวมมิติที่ ๑\t\tDIMENSION
        ๒. การบริหารราชการด้วยความโปร่งใส\t๒.๑ การเปิดเผยข้อมูล\t๔) มาตรการเปิดเผยข้อมูลทดสอบ\t5,000
        \tรวมมิติที่ ๒\t\t5,000
        \tรวมทั้งสิ้น\t\t50,000
        """
        #expect(try TotalsDoc.findings(SubtotalSumRule(), text.replacing("DIMENSION", with: "45,000")).isEmpty)
        #expect(try TotalsDoc.findings(GrandTotalSumRule(), text.replacing("DIMENSION", with: "45,000")).isEmpty)
        let findings = try TotalsDoc.findings(SubtotalSumRule(), text.replacing("DIMENSION", with: "48,000"))
        #expect(findings.map(\.severity) == [.error])
        #expect(findings.first?.expected == "45000" && findings.first?.line == 9)
    }

    /// A dimension's totals on its heading row, above its rows: held against the rows below it.
    @Test func aHeadingRowsTotalsAreTheRowsBelowIt() throws {
        let text = """
        แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘

        ที่\tโครงการ/กิจกรรม/มาตรการ\tจำนวน\tงบประมาณ (บาท)
        \tมิติที่ ๑ การสร้างวัฒนธรรมสุจริต\t๒ โครงการ\t%@
        1\tโครงการอบรมคุณธรรมทดสอบ\t\t40,000.00
        2\tโครงการส่งเสริมเศรษฐกิจพอเพียงทดสอบ\t\t15,000.00
        \tมิติที่ ๒ การบริหารราชการด้วยความโปร่งใส\t๑ โครงการ\t12,000.00
        3\tโครงการเผยแพร่ข้อมูลข่าวสารทดสอบ\t\t12,000.00
        \tรวมทั้งสิ้น\t๓ โครงการ\t67,000.00
        """
        #expect(try TotalsDoc.findings(SubtotalSumRule(), text.replacing("%@", with: "55,000.00")).isEmpty)
        let findings = try TotalsDoc.findings(SubtotalSumRule(), text.replacing("%@", with: "60,000.00"))
        #expect(findings.map(\.severity) == [.error])
        #expect(findings.first?.expected == "55000.00" && findings.first?.line == 4)
    }

    let rule = SubtotalSumRule()

    @Test func wrongSubtotalIsAnErrorAndTheGrandTotalCorroborates() throws {
        let text = TotalsDoc.plan(subtotal2: "๕๕,๐๐๐ บาท\t๕๐,๐๐๐ บาท\t๕๐,๐๐๐ บาท")
        let findings = try TotalsDoc.findings(rule, text)
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.rule == "subtotal-sum")
        #expect(finding.severity == .error)
        #expect(finding.line == TotalsDoc.line(of: "จำนวน ๓ โครงการ", in: text))
        #expect(finding.expected == "50000.00")
        #expect(finding.actual == "55000.00")
        #expect(finding.message == "subtotal for มิติ 2, 2568 states 55,000 but its 3 rows sum to 50,000")
        #expect(finding.evidence.first?.value == "๕๕,๐๐๐ บาท")
        #expect(finding.corroboration?.contains("the subtotal is the likely error") == true)
        #expect(finding.evidence.contains { $0.note == "grand total" })
    }

    @Test func dashCountsAsZeroAndRightSubtotalsAreQuiet() throws {
        // มิติ 1 in 2569: 20,000 + 0 + 15,000 + - = 35,000.
        #expect(try TotalsDoc.findings(rule, TotalsDoc.plan()).isEmpty)
    }

    @Test func unalignedValuesAreAWarningNotAnError() throws {
        // Items ๒) and ๓) share one cell with one set of values: they cannot be aligned.
        var text = TotalsDoc.plan()
        text = text.replacing(
            "\t\t๒) มาตรการเปิดเผยการมีส่วนได้เสียของพนักงานเทศบาล\t๐\t๐\t๐\tสำนักปลัดเทศบาล\n\t๑.๒ การเสริมสร้างจิตสำนึกและความตระหนักแก่ประชาชน\t๓) โครงการส่งเสริมชุมชนต้นแบบคุณธรรม\t๑๕,๐๐๐\t๑๕,๐๐๐\t๑๕,๐๐๐",
            with: "\t๑.๒ การเสริมสร้างจิตสำนึกและความตระหนักแก่ประชาชน\t๒) มาตรการเปิดเผยการมีส่วนได้เสียของพนักงานเทศบาล ๓) โครงการส่งเสริมชุมชนต้นแบบคุณธรรม\t๑๕,๐๐๐\t๑๕,๐๐๐\t๑๕,๐๐๐")
        let record = try TotalsDoc.record(text)
        try #require(record.projects.flatMap(\.mentions).contains { !$0.valuesAligned })
        let findings = rule.check(record, AuditOptions())
        #expect(!findings.isEmpty)
        #expect(findings.allSatisfy { $0.severity == .warning })
        #expect(findings.first?.message.hasPrefix("extraction incomplete: 2 items' values could not be aligned") == true)
    }
}
