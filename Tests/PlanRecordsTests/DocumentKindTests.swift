@testable import PlanRecords
import Testing

/// What a document is, from its title: the set phrases and a report's title in other words.
@Suite struct DocumentKindTests {
    @Test(arguments: [
        ("รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", DocumentKind.progressReport),
        ("รายงานผลการเบิกจ่ายงบประมาณตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", .progressReport),
        ("สรุปผลการดำเนินงานตามแผนป้องกันการทุจริต ประจำปีงบประมาณ ๒๕๖๗", .progressReport),
        ("รายงานการติดตามและประเมินผลแผนปฏิบัติการป้องกันการทุจริต ประจำปี ๒๕๖๗", .progressReport),
        ("แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๖ - ๒๕๗๐)", .actionPlan),
        ("รายงานผลการดำเนินงานประจำปี ๒๕๖๗", .unknown),
    ])
    func titles(title: String, kind: DocumentKind) throws {
        let plan = try record(title + "\nองค์การบริหารส่วนตำบลทดสอบ\n\nเนื้อหาของเอกสาร\n")
        #expect(plan.document.kind == kind)
    }

    /// A plan whose preface says its results will be reported under the plan is still the plan: its cover
    /// names it first.
    @Test func aPlanThatSpeaksOfReportingIsThePlan() throws {
        let plan = try record("""
        แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๖ - ๒๕๗๐)
        องค์การบริหารส่วนตำบลทดสอบ

        รายงานผลการดำเนินงานตามแผนปฏิบัติการนี้ให้ผู้บริหารทราบทุกปี
        """)
        #expect(plan.document.kind == .actionPlan)
    }

    /// The title right above a table is the table's title, and still says what the document is.
    @Test func aTitleAboveATableSaysTheKind() throws {
        let plan = try record("""
        รายงานผลการเบิกจ่ายงบประมาณตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
        ที่\tโครงการ\tงบประมาณ (บาท)\tเบิกจ่าย (บาท)
        1\tโครงการอบรมคุณธรรมทดสอบ\t30,000\t28,000
        """)
        #expect(plan.document.kind == .progressReport)
    }
}
