/// Words of table structure. Compared with spaces removed, since wrap spaces are everywhere.
enum TableWords {
    /// Words that make a row a header row: column labels of plan, report and ITA tables.
    static let headerLabels: [String] = [
        "ลำดับ", "ที่", "รายการ", "โครงการ", "กิจกรรม", "มาตรการ", "มิติ", "ภารกิจ", "งบประมาณ", "เบิกจ่าย",
        "สถานะ", "หมายเหตุ", "ไตรมาส", "ผลการดำเนินงาน", "ผลการดำเนินการ", "ขั้นตอน", "วิธีการ", "ปัญหา",
        "ข้อเสนอแนะ", "ตัวชี้วัด", "เป้าหมาย", "ผลผลิต", "ผลลัพธ์", "ระยะเวลา", "ผู้รับผิดชอบ", "หน่วยงาน",
        "คะแนน", "เครื่องมือ", "น้ำหนัก", "ระดับ", "ช่วงคะแนน", "หน้า", "ประเด็น", "ความเสี่ยง", "ปี", "พ.ศ.",
    ]

    /// First words of a row that carries a running sum over a page break (`ยอดยกไป` at the foot of a page,
    /// `ยอดยกมา` at the top of the next), compared without spaces.
    static let carriedLabels: [String] = ["ยอดยกไป", "ยอดยกมา", "ยกไป", "ยกมา"]

    /// First words of a subtotal or total row.
    static let totalLabels: [String] = ["รวมทั้งสิ้น", "รวมทั้งหมด", "รวมเป็นเงิน", "ยอดรวม", "รวม", "total"]

    /// Pieces of a numeric cell that are not figures: a dash for nil, the currency word.
    static let numericFillers: Set<String> = ["-", "–", "—", "บาท", "-บาท-", "ไม่ใช้งบประมาณ"]
}
