/// Title phrases that say what a document is, compared with spaces removed. Checked in this order
/// within one block, so a progress report (whose title also names the plan) is not read as the plan.
enum DocumentKindWords {
    static let titles: [(kind: DocumentKind, phrases: [String])] = [
        // The analysis is also published as a report of its own, without the memo's header.
        (.itaAnalysisMemo, ["บันทึกข้อความ", "รายงานผลการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส"]),
        (.itaMeasuresReport, ["ผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรม", "ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม"]),
        (.progressReport, [
            "รายงานผลการดำเนินการตามแผนปฏิบัติการ", "รายงานผลการดำเนินงานตามแผนปฏิบัติการ",
            "รายงานผลการดำเนินการตามแผนป้องกัน", "รายงานผลการขับเคลื่อนแผนปฏิบัติการ", "รายงานการติดตามผลการดำเนินการตามแผนปฏิบัติการ",
        ]),
        (.actionPlan, [
            "แผนปฏิบัติการป้องกันการทุจริต", "แผนปฏิบัติการด้านการป้องกันและปราบปรามการทุจริต",
            "แผนปฏิบัติการการป้องกันการทุจริต", "ประกาศใช้แผนปฏิบัติการ",
        ]),
    ]

    /// A progress report's title in other words (`รายงานผลการเบิกจ่ายงบประมาณตามแผนปฏิบัติการ…`,
    /// `สรุปผลการดำเนินงานตามแผนป้องกันการทุจริต…`): a line that opens with a report's word and names the plan.
    static let reportOpeners = ["รายงานผล", "รายงานการติดตาม", "รายงานการดำเนินงาน", "สรุปผลการดำเนินงาน", "สรุปผลการดำเนินการ"]
    static let planWords = ["แผนปฏิบัติการ", "แผนป้องกัน"]

    /// How many blocks from the top a title may stand in (covers, announcements and tables of contents come first).
    static let titleWindow = 40
}
