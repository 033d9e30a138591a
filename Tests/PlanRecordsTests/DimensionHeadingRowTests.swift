import DocumentReader
import PlanRecords
import Testing
import ThaiText

/// A dimension's heading written across a table (`<td colspan=4>มิติที่ 1 …</td>`, or alone in a text row's
/// first cell): the rows below it are that dimension's, and the heading is no item.
@Suite struct DimensionHeadingRowTests {
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
