import Testing
@testable import PlanRecords

/// Labels of a status table's money columns: a percentage or remainder is no disbursement nor budget.
@Suite struct MoneyColumnTests {
    @Test(arguments: [
        ("เบิกจ่าย", ColumnRole.disbursed),
        ("งบประมาณที่เบิกจ่าย", .disbursed),
        ("งบประมาณที่ใช้จริง", .disbursed),
        ("ใช้ไป (บาท)", .disbursed),
        ("ร้อยละการเบิกจ่าย", .disbursedPercent),
        ("ผลการเบิกจ่าย (%)", .disbursedPercent),
        ("ร้อยละ", .disbursedPercent),
        ("%", .disbursedPercent),
        ("คงเหลือ", .remaining),
        ("งบประมาณคงเหลือ", .remaining),
        ("งบประมาณ (บาท)", .budget(year: nil)),
        ("คะแนน (ร้อยละ)", .score),
    ])
    func labelGivesRole(_ label: String, _ role: ColumnRole) {
        #expect(ColumnRoles.role(of: label) == role)
    }

    /// A percentage of something else, or of a remainder, is read as nothing rather than as money.
    @Test(arguments: ["ร้อยละความสำเร็จ", "คงเหลือ (ร้อยละ)", "งบประมาณ (%)"])
    func percentagesOfOtherThingsAreNotRead(_ label: String) {
        #expect(ColumnRoles.role(of: label) == nil)
    }
}
