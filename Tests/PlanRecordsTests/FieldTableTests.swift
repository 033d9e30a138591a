import DocumentReader
@testable import PlanRecords
import Testing
import ThaiText

/// A report that gives each project as a two-column table of its fields: `ชื่อโครงการ | …`, `งบประมาณ | …`.
@Suite struct FieldTableTests {
    static let text = """
    รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
    องค์การบริหารส่วนตำบลทดสอบ

    ชื่อโครงการ\tโครงการอบรมคุณธรรมทดสอบ
    งบประมาณ\t๓๐,๐๐๐ บาท
    เบิกจ่าย\t๒๘,๕๐๐ บาท
    ผลการดำเนินงาน\tดำเนินการแล้วเสร็จ

    ชื่อโครงการ\tโครงการจัดซื้อโปร่งใสทดสอบ
    งบประมาณ\tไม่ใช้งบประมาณ
    ผลการดำเนินงาน\tอยู่ระหว่างดำเนินการ
    """

    @Test func eachFieldTableIsAnEntryWithItsFigures() throws {
        let plan = try record(Self.text)
        #expect(plan.projects.map(\.name) == ["โครงการอบรมคุณธรรมทดสอบ", "โครงการจัดซื้อโปร่งใสทดสอบ"])
        let first = try #require(plan.projects.first?.mentions.first)
        #expect(first.role == .narrative)
        #expect(first.line == 4)
        #expect(first.budgets[2567]?.value == ExactDecimal(30_000))
        #expect(first.budgets[2567]?.line == 5)
        #expect(first.disbursed?.value == ExactDecimal(28_500))
        #expect(first.disbursed?.line == 6)
        #expect(first.disbursed?.column == 10, "the figure's own column, after the label and its tab")
        #expect(first.status?.value == .completed)
        let second = try #require(plan.projects.last?.mentions.first)
        #expect(second.disbursed?.value == .zero, "no budget used: nothing disbursed, as in a written entry")
        #expect(second.status?.value == .inProgress)
    }

    /// A two-column table whose first column is no field's label (a list of names and amounts) is a table.
    @Test func aTwoColumnTableOfOtherLabelsIsNoEntry() throws {
        let plan = try record("""
        รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

        โครงการ\tงบประมาณ (บาท)
        โครงการอบรมคุณธรรมทดสอบ\t30,000
        โครงการจัดซื้อโปร่งใสทดสอบ\t20,000
        """)
        #expect(plan.projects.map { $0.mentions.map(\.role) } == [[.tableRow], [.tableRow]])
    }
}
