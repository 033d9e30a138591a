/// Column-header synonyms: what a column holds, read from its label (spaces removed).
/// The first entry whose words the label contains wins, so the specific stand before the general.
enum ColumnWords {
    enum Match { case contains, exact, prefix }

    static let roles: [(words: [String], match: Match, role: ColumnRole)] = [
        (["คะแนนถ่วงน้ำหนัก", "ถ่วงน้ำหนัก"], .contains, .weightedScore),
        (["น้ำหนัก"], .contains, .weight),
        (["ตัวชี้วัดที่"], .exact, .number),
        (["ชื่อตัวชี้วัด", "ตัวชี้วัด"], .contains, .indicator),
        // `คะแนนเครื่องมือ` beside `คะแนน` of each indicator: the tool's score, not its name.
        (["คะแนนเครื่องมือ", "คะแนนรายเครื่องมือ", "คะแนนแต่ละเครื่องมือ", "คะแนนตามเครื่องมือ"], .contains, .toolScore),
        (["เครื่องมือ"], .contains, .tool),
        (["ระดับผลการประเมิน", "ระดับ"], .contains, .grade),
        (["ตั้งแต่"], .contains, .rangeLow),
        (["ถึง"], .contains, .rangeHigh),
        // `เพิ่มขึ้น/ลดลง`, `ผลต่าง`, `คะแนนที่เพิ่มขึ้น`: a year's change from the year before, not its score.
        (ITAWords.changeRowOpeners + ["คะแนนที่เพิ่มขึ้น", "คะแนนที่ลดลง"], .prefix, .change),
        (["คะแนน"], .contains, .score),
        (["ลำดับที่", "ลำดับ", "ที่", "ข้อ"], .exact, .number),
        // A percentage alone beside budget and disbursement is the disbursement's; with เบิกจ่าย in the label
        // (`ร้อยละการเบิกจ่าย`) too (ColumnRoles: `percentWords`).
        (["ร้อยละ", "%", "คิดเป็นร้อยละ", "(ร้อยละ)", "ร้อยละ(%)", "(%)", "คิดเป็น%", "คิดเป็น(%)"], .exact, .disbursedPercent),
        // Before งบประมาณ, which the label may also hold (`งบประมาณคงเหลือ`).
        (["คงเหลือ"], .contains, .remaining),
        // What was spent, however the label words it (`งบประมาณที่ใช้จริง` holds งบประมาณ too).
        (["เบิกจ่าย", "ใช้จริง", "ใช้ไป", "จ่ายจริง"], .contains, .disbursed),
        (["งบประมาณ"], .contains, .budget(year: nil)),
        // `ปี ๒๕๖๙ (บาท)`: an amount of the year, though the label says no งบประมาณ.
        (["(บาท)", "(ล้านบาท)", "(ลบ.)", "(พันบาท)"], .contains, .budget(year: nil)),
        (["ภารกิจ"], .contains, .mission),
        (["มิติ", "มติ", "มิต"], .prefix, .dimension),
        (["ขั้นตอน", "วิธีการปฏิบัติ"], .contains, .steps),
        (["ผลการดำเนินงาน", "ผลการดำเนินการ", "สถานะ"], .contains, .results),
        (["ปัญหา", "อุปสรรค"], .contains, .problems),
        (["หน่วยงานรับผิดชอบ", "ผู้รับผิดชอบ", "หน่วยงาน"], .contains, .responsible),
        (["หมายเหตุ"], .contains, .remark),
        (["รายการโครงการ", "ชื่อโครงการ", "โครงการ", "มาตรการ", "กิจกรรม", "รายการ"], .contains, .name),
    ]

    /// Labels of columns that name no project even though they hold a kind word (a risk register's
    /// `มาตรการควบคุมความเสี่ยงการทุจริต`).
    /// `จำนวนโครงการ` counts projects (a summary per dimension); it names none.
    static let notProjectColumns = ["ความเสี่ยง", "RiskScore"] + countColumns
    /// Labels of a column that counts projects (a summary per dimension), compared without spaces.
    static let countColumns = ["จำนวนโครงการ", "จำนวนกิจกรรม", "จำนวนมาตรการ"]
    /// A label of money with one of these is a percentage, not an amount: `ร้อยละการเบิกจ่าย` is the
    /// disbursement's share of the budget; `งบประมาณ (%)` or `คงเหลือ (ร้อยละ)` is left unread.
    static let percentWords = ["ร้อยละ", "%"]

    /// Words a year column's label may open with before its year (`ปีงบประมาณ ๒๕๖๘`, `ปี ๖๘`, `พ.ศ. ๒๕๖๘`),
    /// compared without spaces; the longest first.
    static let yearWords = ["ปีงบประมาณ", "ปีงบ", "พ.ศ.", "ปี"]
    /// The units a year column's label may close with (`ปี ๒๕๖๘ (บาท)`, `ปี ๒๕๖๘ (ล้านบาท)`).
    static let moneyUnits = ["(บาท)", "(ล้านบาท)", "(ลบ.)", "(พันบาท)"]

    /// A money column counted in other units than baht (`งบประมาณ (ล้านบาท)`, `(ลบ.)`, `(พันบาท)`): what a bare
    /// figure in it is multiplied by. A cell that writes its own unit (`๑.๕ ล้านบาท`) is read as written.
    static let unitScales: [(word: String, scale: Int64)] = [("ล้านบาท", 1_000_000), ("ลบ.", 1_000_000), ("พันบาท", 1_000)]

    /// Words that make a budget column the approved one (`งบประมาณที่ได้รับอนุมัติ`), where a table has two budget
    /// columns for one year; the other is the budget as planned (`งบประมาณตามแผน`).
    static let approvedBudgetWords = ["อนุมัติ", "จัดสรร", "ได้รับ", "ตั้งไว้"]
    /// Words that make one of a year's two budget columns the money used of the other (`งบประมาณที่ตั้งไว้ |
    /// งบประมาณที่ใช้`). Alone, such a label is no disbursement: a plan's `งบประมาณที่ใช้ในการดำเนินการ` is its budget.
    static let spentBudgetWords = ["ที่ใช้"]

    /// The sources a budget is split by (`เงินงบประมาณ | เงินอุดหนุน | อื่นๆ | รวม`), compared without spaces.
    static let fundingSources = ["เงินงบประมาณ", "งบประมาณอปท", "เงินอุดหนุน", "เงินสะสม", "เงินนอกงบประมาณ", "เงินรายได้",
                                 "อื่นๆ", "แหล่งอื่น", "หน่วยงานอื่น"]
    /// The label of the column that adds the sources up: the project's budget.
    static let fundingSourceTotals = ["รวม", "รวม(บาท)", "รวมเงิน", "รวมงบประมาณ", "งบประมาณรวม", "รวมทั้งสิ้น", "รวมทุกแหล่ง"]

    /// Labels of a plan's column that adds up its years' amounts (`ปี ๒๕๖๘ | … | รวม`), compared without spaces; also
    /// `รวม N ปี` (ColumnRoles.isYearsTotalLabel).
    static let yearsTotals = ["รวม", "รวมทั้งสิ้น", "รวมทั้งหมด", "รวมเงิน", "ยอดรวม"]

    /// `ไตรมาส`: a quarter column; its number follows in the label (`ดำเนินการไตรมาส / 1`, `ไตรมาสที่ ๒`).
    static let quarter = "ไตรมาส"
    /// Words in a quarter's label that make it a column of money (`เบิกจ่ายไตรมาส ๑ (บาท)`), not of ticks.
    static let quarterMoneyWords = ["เบิกจ่าย", "บาท", "ใช้จ่าย"]
    /// How many single-month columns make a table's schedule monthly (fewer may be quarters named by their
    /// first month: `ต.ค.`, `ม.ค.`, `เม.ย.`, `ก.ค.`).
    static let monthlyScheduleColumns = 5

    /// Month abbreviations as quarter headers (`ต.ค.-ธ.ค.` is quarter 1 of the fiscal year).
    static let quarterMonths: [(prefix: String, quarter: Int)] = [("ต.ค.", 1), ("ม.ค.", 2), ("เม.ย.", 3), ("ก.ค.", 4)]

    /// Letters typed into a schedule's cells for a cross: the schedule's mark where the table ticks nothing.
    static let scheduleCrosses: Set<String> = ["X", "x", "×"]
}
