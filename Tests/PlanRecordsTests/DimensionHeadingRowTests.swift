import DocumentReader
import PlanRecords
import Testing
import ThaiText

/// A dimension's heading written across a table (`<td colspan=4>มิติที่ 1 …</td>`, or alone in a text row's
/// first cell): the rows below it are that dimension's, and the heading is no item.
@Suite struct DimensionHeadingRowTests {
    /// A spreadsheet's group rows: each dimension's heading with its count and budget, above its projects
    /// (`⇥มิติที่ ๒ …⇥๒ โครงการ⇥12,000.00⇥`). Each opens its dimension and states its totals; none is a project
    /// nor the rest of the row above. (The first had been a project, the others glued to the project above.)
    static func groupRows(secondCount: String) -> String {
        """
        แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘

        ที่\tโครงการ/กิจกรรม/มาตรการ\tจำนวน\tงบประมาณ (บาท)
        \tมิติที่ ๑ การสร้างวัฒนธรรมสุจริต\t๒ โครงการ\t55,000.00
        1\tโครงการอบรมคุณธรรมทดสอบ\t\t40,000.00
        2\tโครงการส่งเสริมเศรษฐกิจพอเพียงทดสอบ\t\t15,000.00
        \tมิติที่ ๒ การบริหารราชการด้วยความโปร่งใส\t\(secondCount)\t12,000.00
        3\tโครงการเผยแพร่ข้อมูลข่าวสารทดสอบ\t\t12,000.00
        \tรวมทั้งสิ้น\t๓ โครงการ\t67,000.00
        """
    }

    @Test func aHeadingRowWithItsTotalsOpensItsDimension() throws {
        let record = try record(Self.groupRows(secondCount: "๑ โครงการ"))
        #expect(record.projects.map(\.name) == ["โครงการอบรมคุณธรรมทดสอบ", "โครงการส่งเสริมเศรษฐกิจพอเพียงทดสอบ", "โครงการเผยแพร่ข้อมูลข่าวสารทดสอบ"])
        #expect(record.projects.map(\.dimension) == ["1", "1", "2"])
        #expect(record.declared.filter { $0.what == .subtotal }.map { "\($0.dimension ?? "-") \($0.value.value)" } == ["1 55000.00", "2 12000.00"])
        #expect(record.declared.filter { $0.what == .projectCount }.map { $0.dimension ?? "-" } == ["1", "2", "-"])
    }

    /// Markdown writes each dimension as a heading over its own table (`## มิติที่ ๑ …`), read as the table's title:
    /// the title opens the dimension. A pipe escaped inside a cell (`\\|`, as pandoc writes it) stays in its cell.
    @Test func aMarkdownHeadingOverItsTableOpensItsDimension() throws {
        let plan = try record("""
        # แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๘ – ๒๕๖๙)

        ## มิติที่ ๑ การสร้างวัฒนธรรมสุจริต

        | ที่ | โครงการ | ปี ๒๕๖๘ | ปี ๒๕๖๙ | หน่วยงาน |
        |---|---|---:|---:|---|
        | 1 | โครงการอบรมคุณธรรมทดสอบ | 20,000 | 20,000 | สำนักปลัด \\| งานการเจ้าหน้าที่ |

        ## มิติที่ ๒ การบริหารราชการด้วยความโปร่งใส

        | ที่ | โครงการ | ปี ๒๕๖๘ | ปี ๒๕๖๙ | หน่วยงาน |
        |---|---|---:|---:|---|
        | 2 | โครงการเผยแพร่ข้อมูลทดสอบ | 10,000 | 10,000 | กองคลัง |
        """, as: .markdown)
        #expect(plan.projects.map(\.dimension) == ["1", "2"])
        #expect(plan.dimensions.map(\.number) == [1, 2])
        #expect(plan.tables.first?.header.count == 5)
        #expect(!plan.warnings.contains { $0.message.contains("past the") })
    }

    @Test func aHeadingAcrossTheTableOpensItsDimension() throws {
        let plan = try record("""
        <html><body>
        <p>แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๘ - ๒๕๖๙)</p>
        <table border=1>
        <tr><td>ที่</td><td>โครงการ</td><td>ปี 2568 (บาท)</td><td>ปี 2569 (บาท)</td></tr>
        <tr><td colspan=4>มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต จำนวน ๑ โครงการ</td></tr>
        <tr><td>1</td><td>โครงการอบรมคุณธรรมทดสอบ</td><td>20,000</td><td>20,000</td></tr>
        <tr><td colspan=2>รวมมิติที่ 1</td><td>20,000</td><td>20,000</td></tr>
        <tr><td colspan=4>มิติที่ 2 การบริหารราชการเพื่อป้องกันการทุจริต</td></tr>
        <tr><td>2</td><td>โครงการเผยแพร่ข้อมูลทดสอบ</td><td>10,000</td><td>10,000</td></tr>
        <tr><td colspan=2>รวมมิติที่ 2</td><td>10,000</td><td>10,000</td></tr>
        </table>
        </body></html>
        """, as: .html)
        #expect(plan.projects.map(\.name) == ["โครงการอบรมคุณธรรมทดสอบ", "โครงการเผยแพร่ข้อมูลทดสอบ"])
        #expect(plan.projects.map(\.dimension) == ["1", "2"])
        #expect(plan.declared.filter { $0.what == .subtotal }.map(\.dimension) == ["1", "1", "2", "2"])
        // The heading's count is the dimension's, as a line of text would state it.
        let count = try #require(plan.declared.first { $0.what == .projectCount })
        #expect(count.dimension == "1" && count.table == nil && count.value.value == ExactDecimal(1) && count.line == 5)
        // Read as rows with no name, the headings were two warnings.
        #expect(!plan.warnings.contains { $0.message.contains("no project name") })
    }
}
