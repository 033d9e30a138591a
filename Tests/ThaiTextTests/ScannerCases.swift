import Testing
@testable import ThaiText

/// One scanner expectation: in `text`, the token whose raw text is `raw` has `kind` and reads as `value`
/// (the human form of `TokenText.describe`).
struct ScanCase: CustomTestStringConvertible, Sendable {
    var text: String
    var raw: String
    var kind: TokenKind
    var value: String
    var testDescription: String { text }

    init(_ text: String, _ kind: TokenKind, _ value: String, raw: String? = nil) {
        self.text = text
        self.kind = kind
        self.value = value
        self.raw = raw ?? text
    }
}

func tokens(_ text: String) -> [(raw: String, kind: TokenKind, value: String)] {
    let bytes = Array(text.utf8)
    return LexicalScanner.scan(text).map { ($0.raw(in: bytes), $0.kind, TokenText.describe($0)) }
}

/// Forms taken from real documents (numbers, money, words, percentages, counts).
let quantityCases: [ScanCase] = [
    ScanCase("๓๐,๐๐๐ บาท", .money, "30000.00 บาท"),
    ScanCase("20,000.00 บาท", .money, "20000.00 บาท"),
    ScanCase("๒๐,๐๐๐.- บาท", .money, "20000.00 บาท"),
    ScanCase("๑๙๐,๐๐๐บาท", .money, "190000.00 บาท"),
    ScanCase("๒๐๐๐๐ บาท", .money, "20000.00 บาท"),
    ScanCase("1,532,600.50 บาท", .money, "1532600.50 บาท"),
    // A figure in millions or thousands: the scale word multiplies it.
    ScanCase("งบประมาณ ๑.๕ ล้านบาท", .money, "1500000.00 บาท", raw: "๑.๕ ล้านบาท"),
    ScanCase("๑.๕๕ล้านบาท", .money, "1550000.00 บาท"),
    ScanCase("๒.๕ แสนบาท", .money, "250000.00 บาท"),
    ScanCase("1,200 ล้านบาท", .money, "1200000000.00 บาท"),
    ScanCase("วงเงิน 3 ล้าน", .number, "3000000", raw: "3 ล้าน"),
    // Baht abbreviated, as tables and summaries write it.
    ScanCase("งบประมาณ ๕๐,๐๐๐ บ.", .money, "50000.00 บาท", raw: "๕๐,๐๐๐ บ."),
    ScanCase("เบิกจ่าย 12,500.50บ. คงเหลือ", .money, "12500.50 บาท", raw: "12,500.50บ."),
    ScanCase("๒๐,๐๐๐.- บ.", .money, "20000.00 บาท"),
    ScanCase("งบประมาณ ๑.๕ ลบ.", .money, "1500000.00 บาท", raw: "๑.๕ ลบ."),
    ScanCase("รวม 12 ลบ. ทั้งสิ้น", .money, "12000000.00 บาท", raw: "12 ลบ."),
    ScanCase("ประชากร ๓ หมื่นคน", .count, "30000 คน", raw: "๓ หมื่นคน"),
    ScanCase("งบประมาณ ๓๐๐,๐๐๐.๐๐ บาท (สามแสนบาทถ้วน)", .money, "300000.00 บาท (words agree)", raw: "๓๐๐,๐๐๐.๐๐ บาท (สามแสนบาทถ้วน)"),
    ScanCase("๕๐,๐๐๐ บาท (-ห้าหมื่นบาทถ้วน-)", .money, "50000.00 บาท (words agree)"),
    ScanCase("๑๗๘,๐๐๐ บาท (-หนึ่งแสนเจ็ดหมื่นแปดพันบาทถ้วน-)", .money, "178000.00 บาท (words agree)"),
    ScanCase("๓๐,๐๐๐บาท(สามหมื่นบาทถ้วน)", .money, "30000.00 บาท (words agree)"),
    ScanCase("๒๒,๔๐๐.๐๐ บาท (สองหมื่นสองพันสี่ร้อยบาทถ้วน)", .money, "22400.00 บาท (words agree)"),
    ScanCase("๒๗,๒๐๐ บาท (สองหมื่นเจ็ดพันสองร้อยบาทถ้วน)", .money, "27200.00 บาท (words agree)"),
    ScanCase("๔๕๒,๐๐๐ บาท (สี่แสนห้าหมื่นสองพันบาทถ้วน)", .money, "452000.00 บาท (words agree)"),
    ScanCase("๗๑๐,๐๐๐ บาท (เจ็ดแสนหนึ่งหมื่นบาทถ้วน)", .money, "710000.00 บาท (words agree)"),
    ScanCase("๑๐๕,๐๐๐ บาท (หนึ่งแสนห้าพันบาทถ้วน)", .money, "105000.00 บาท (words agree)"),
    ScanCase("๕๕๐,๐๐๐ บาท (-ห้าแสนห้าหมื่นบาทถ้วน-)", .money, "550000.00 บาท (words agree)"),
    ScanCase("๖๐,๐๐๐ บาท (สามหมื่นบาทถ้วน)", .money, "60000.00 บาท (words say 30000.00)"),
    ScanCase("จำนวนปีละ ๘๐,๐๐๐ (-แปดหมื่นบาทถ้วน-)", .money, "80000.00 บาท (words agree)", raw: "๘๐,๐๐๐ (-แปดหมื่นบาทถ้วน-)"),
    ScanCase("1,250.50 บาท (หนึ่งพันสองร้อยห้าสิบบาทห้าสิบสตางค์)", .money, "1250.50 บาท (words agree)"),
    ScanCase("(สามแสนบาทถ้วน)", .moneyWords, "300000.00 บาท"),
    ScanCase("(-หนึ่งหมื่นห้าพันบาทถ้วน-)", .moneyWords, "15000.00 บาท"),
    ScanCase("ยี่สิบเอ็ดบาท", .moneyWords, "21.00 บาท"),
    ScanCase("สองล้านห้าแสนบาทถ้วน", .moneyWords, "2500000.00 บาท"),
    ScanCase("30,000.00", .number, "30000.00"),
    ScanCase("17,860.00", .number, "17860.00"),
    ScanCase("0.00", .number, "0.00"),
    ScanCase("๐", .number, "0"),
    ScanCase("ได้คะแนน ๗๗.๒๑", .number, "77.21", raw: "๗๗.๒๑"),
    ScanCase("ร้อยละ ๘๐", .percent, "80%"),
    ScanCase("ร้อยละ 25.11", .percent, "25.11%"),
    ScanCase("25.11%", .percent, "25.11%"),
    ScanCase("ร้อยละ 100.00", .percent, "100.00%"),
    ScanCase("ไม่น้อยกว่าร้อยละ ๘๐", .percent, "atLeast 80%"),
    ScanCase("ไม่น้อยกว่า ร้อยละ ๘๐", .percent, "atLeast 80%"),
    ScanCase("ไม่ต่ำกว่าร้อยละ ๘๐", .percent, "atLeast 80%"),
    ScanCase("ลดลงร้อยละ ๕", .percent, "decreaseBy 5%"),
    ScanCase("เพิ่มขึ้นร้อยละ ๑๐", .percent, "increaseBy 10%"),
    ScanCase("ไม่เกินร้อยละ ๒๐", .percent, "atMost 20%"),
    ScanCase("ร้อยละ ๘๐ ขึ้นไป", .percent, "atLeast 80%"),
    ScanCase("ไม่น้อยกว่า 80%", .percent, "atLeast 80%"),
    ScanCase("ร้อยละห้าสิบ", .percent, "50%"),
    ScanCase("จำนวน ๑๐ มาตรการ", .count, "10 มาตรการ", raw: "๑๐ มาตรการ"),
    ScanCase("๕๐๐ คน", .count, "500 คน"),
    ScanCase("๕ ช่องทาง", .count, "5 ช่องทาง"),
    ScanCase("จำนวน 29 โครงการ", .count, "29 โครงการ", raw: "29 โครงการ"),
    ScanCase("๑๘ โครงการ", .count, "18 โครงการ"),
    ScanCase("๓ กิจกรรม", .count, "3 กิจกรรม"),
    ScanCase("๑ ครั้ง", .count, "1 ครั้ง"),
    ScanCase("๖๕ ชุมชน", .count, "65 ชุมชน"),
    ScanCase("๑๐ ตัวชี้วัด", .count, "10 ตัวชี้วัด"),
    ScanCase("๕๙,๐๖๖ คน", .count, "59066 คน"),
    ScanCase("๗๗.๒๑ คะแนน", .count, "77.21 คะแนน"),
    ScanCase("จำนวน ๑๐\nมาตรการ", .count, "10 มาตรการ", raw: "๑๐\nมาตรการ"),
    ScanCase("ปีละหนึ่งครั้ง", .count, "1 ครั้ง", raw: "หนึ่งครั้ง"),
    ScanCase("สิบห้าคน", .count, "15 คน"),
    ScanCase("อายุ ๑๖ - ๒๕ ปี", .range, "16–25 ปี", raw: "๑๖ - ๒๕ ปี"),
    ScanCase("๙๕.๐๐ - ๑๐๐", .range, "95.00–100"),
    ScanCase("๓๐ - ๕๐ คน", .range, "30–50 คน"),
    ScanCase("ตัวเลข สิบห้า ตัว", .numberWords, "15", raw: "สิบห้า"),
    ScanCase("มี หกสิบ รายการ", .count, "60 รายการ", raw: "หกสิบ รายการ"),
    ScanCase("ประมาณ หนึ่งแสนเจ็ดหมื่นแปดพัน ต่อปี", .numberWords, "178000", raw: "หนึ่งแสนเจ็ดหมื่นแปดพัน"),
]

/// Years, dates, fiscal years and quarters.
let calendarCases: [ScanCase] = [
    ScanCase("พ.ศ. ๒๕๖๖", .year, "BE 2566 = CE 2023"),
    ScanCase("พ.ศ.๒๕๖๖", .year, "BE 2566 = CE 2023"),
    ScanCase("พ.ศ ๒๕๖๖", .year, "BE 2566 = CE 2023"),
    ScanCase("พศ.2566", .year, "BE 2566 = CE 2023"),
    ScanCase("พุทธศักราช ๒๕๖๐", .year, "BE 2560 = CE 2017"),
    ScanCase("ค.ศ. 2023", .year, "BE 2566 = CE 2023"),
    ScanCase("ค.ศ.2024", .year, "BE 2567 = CE 2024"),
    ScanCase("ในปี ๒๕๖๖ นี้", .year, "BE 2566 = CE 2023", raw: "๒๕๖๖"),
    // `ปีละ` is "a year" after the year, not a count of years.
    ScanCase("๒๕๖๖ - ๒๕๖๗ และ ๒๕๖๙ ปีละ ๒๕,๐๐๐ บาท", .year, "BE 2569 = CE 2026", raw: "๒๕๖๙"),
    ScanCase("**ประจำปี ๒๕๖๖**", .year, "BE 2566 = CE 2023", raw: "๒๕๖๖"),
    ScanCase("<p>พ.ศ. ๒๕๖๕</p>", .year, "BE 2565 = CE 2022", raw: "พ.ศ. ๒๕๖๕"),
    ScanCase("ปี 66", .year, "BE 2566 = CE 2023", raw: "66"),
    ScanCase("พ.ศ. ๖๖", .year, "BE 2566 = CE 2023"),
    ScanCase("(พ.ศ. ๒๕๖๖ - ๒๕๗๐)", .yearRange, "BE 2566–2570 = CE 2023–2027", raw: "พ.ศ. ๒๕๖๖ - ๒๕๗๐"),
    ScanCase("(พ.ศ.๒๕๖๐ - พ.ศ. ๒๕๗๙)", .yearRange, "BE 2560–2579 = CE 2017–2036", raw: "พ.ศ.๒๕๖๐ - พ.ศ. ๒๕๗๙"),
    ScanCase("พ.ศ. ๒๕๖๑ – ๒๕๘๐", .yearRange, "BE 2561–2580 = CE 2018–2037"),
    ScanCase("พ.ศ.2566-2570", .yearRange, "BE 2566–2570 = CE 2023–2027"),
    ScanCase("๒๕๖๖ - ๒๕๗๐", .yearRange, "BE 2566–2570 = CE 2023–2027"),
    ScanCase("๑๙ ตุลาคม พ.ศ. ๒๕๖๖", .date, "2023-10-19 (BE 2566-10-19)"),
    ScanCase("วันที่ ๒๗ เดือน กันยายน พ.ศ.๒๕๖๕", .date, "2022-09-27 (BE 2565-09-27)", raw: "๒๗ เดือน กันยายน พ.ศ.๒๕๖๕"),
    ScanCase("ณ วันที่ 07 กรกฎาคม 2566", .date, "2023-07-07 (BE 2566-07-07)", raw: "07 กรกฎาคม 2566"),
    ScanCase("๓๐ มีนาคม ๒๕๖๓", .date, "2020-03-30 (BE 2563-03-30)"),
    ScanCase("๒๙ ธันวาคม ๒๕๓๐", .date, "1987-12-29 (BE 2530-12-29)"),
    ScanCase("๑ ต.ค. ๖๖", .date, "2023-10-01 (BE 2566-10-01)"),
    ScanCase("๑๕ ม.ค. ๒๕๖๗", .date, "2024-01-15 (BE 2567-01-15)"),
    ScanCase("๒๙ กุมภาพันธ์ ๒๕๖๗", .date, "2024-02-29 (BE 2567-02-29)"),
    ScanCase("19/10/2566", .date, "2023-10-19 (BE 2566-10-19)"),
    ScanCase("กันยายน ๒๕๖๕", .monthYear, "2022-09 (BE 2565-09)"),
    ScanCase("สิ้นเดือนมีนาคม ๒๕๖๖", .monthYear, "2023-03 (BE 2566-03)", raw: "เดือนมีนาคม ๒๕๖๖"),
    ScanCase("เดือน กุมภาพันธ์ พ.ศ. ๒๕๖๖", .monthYear, "2023-02 (BE 2566-02)"),
    ScanCase("ต.ค. ๖๖", .monthYear, "2023-10 (BE 2566-10)"),
    ScanCase("๑ - ๑๕ ตุลาคม ๒๕๖๖", .dateRange, "2023-10-01 … 2023-10-15"),
    ScanCase("๑ ต.ค. ๖๕ - ๓๐ ก.ย. ๖๖", .dateRange, "2022-10-01 … 2023-09-30"),
    ScanCase("๑ ต.ค. - ๓๑ ธ.ค. ๖๖", .dateRange, "2023-10-01 … 2023-12-31"),
    ScanCase("เดือนตุลาคม พ.ศ.๒๕๖๕ - เดือนกันยายน พ.ศ. ๒๕๖๖", .dateRange, "2022-10 … 2023-09"),
    // A first month without its year shares the last one's, or the year before across the new year.
    ScanCase("เดือน ม.ค. - มี.ค. ๒๕๖๗", .dateRange, "2024-01 … 2024-03"),
    ScanCase("ตุลาคม - ธันวาคม ๒๕๖๖", .dateRange, "2023-10 … 2023-12"),
    ScanCase("ต.ค. - มี.ค. ๒๕๖๗", .dateRange, "2023-10 … 2024-03"),
    ScanCase("ปีงบประมาณ พ.ศ. ๒๕๖๖", .fiscalYear, "FY 2566: 2022-10-01 … 2023-09-30"),
    ScanCase("ประจำปีงบประมาณ ๒๕๖๖", .fiscalYear, "FY 2566: 2022-10-01 … 2023-09-30", raw: "ปีงบประมาณ ๒๕๖๖"),
    ScanCase("ปีงบประมาณ พ.ศ.๒๕๖๕", .fiscalYear, "FY 2565: 2021-10-01 … 2022-09-30"),
    ScanCase("ปีงบประมาณ 2567", .fiscalYear, "FY 2567: 2023-10-01 … 2024-09-30"),
    ScanCase("ปีงบประมาณ พ.ศ. ๒๕๖๖ - ๒๕๗๐", .fiscalYearRange, "FY 2566–2570: 2022-10-01 … 2027-09-30"),
    ScanCase("ปีงบประมาณ พ.ศ. ๒๕๖๑ – ๒๕๖๔", .fiscalYearRange, "FY 2561–2564: 2017-10-01 … 2021-09-30"),
    // A range after a year written short is written short too; a span of more than ten such years is none.
    ScanCase("ปีงบประมาณ ๖๗ - ๖๘", .fiscalYearRange, "FY 2567–2568: 2023-10-01 … 2025-09-30"),
    ScanCase("ปี ๖๗ - ๖๘", .yearRange, "BE 2567–2568 = CE 2024–2025", raw: "๖๗ - ๖๘"),
    ScanCase("ปี ๖๗ - ๙๐ คน", .year, "BE 2567 = CE 2024", raw: "๖๗"),
    ScanCase("ปีงบประมาณ พ.ศ.๒๕๖๖ พ.ศ.๒๕๖๘ และ พ.ศ.๒๕๗๐", .fiscalYearList, "FY 2566, 2568, 2570"),
    ScanCase("ไตรมาสที่ ๑", .quarter, "Q1"),
    ScanCase("ไตรมาส 4", .quarter, "Q4"),
    ScanCase("ไตรมาสที่ ๑ - ๔", .quarterRange, "Q1–Q4"),
]

/// Ticks in every form.
let tickCases: [ScanCase] = [
    ScanCase("☑", .tick, "checked"),
    ScanCase("☒", .tick, "crossed"),
    ScanCase("☐", .tick, "unchecked"),
    ScanCase("✓", .tick, "checked"),
    ScanCase("✔", .tick, "checked"),
    ScanCase("✗", .tick, "crossed"),
    ScanCase("□", .tick, "unchecked"),
    ScanCase("■", .tick, "checked"),
    ScanCase("\u{F0FE}", .tick, "checked"),
    ScanCase("\u{F0FD}", .tick, "crossed"),
    ScanCase("\u{F0A8}", .tick, "unchecked"),
    ScanCase("\u{F0FC}", .tick, "checked"),
    ScanCase("<input checked=\"\" type=\"checkbox\"/>", .tick, "checked"),
    ScanCase("<input type=checkbox checked>", .tick, "checked"),
    ScanCase("<INPUT TYPE='checkbox' CHECKED='checked'>", .tick, "checked"),
    ScanCase("<input type=\"checkbox\">", .tick, "unchecked"),
    ScanCase("<input type=\"checkbox\" />", .tick, "unchecked"),
    ScanCase("<span style=\"font-family:Wingdings\">þ</span>", .tick, "checked", raw: "þ"),
    ScanCase("<span style='font-family:\"Wingdings\"'>ý</span>", .tick, "crossed", raw: "ý"),
    ScanCase("<span style=\"font-family:Wingdings\">¨</span>", .tick, "unchecked", raw: "¨"),
    ScanCase("<font face=\"Wingdings\">ü</font>", .tick, "checked", raw: "ü"),
    ScanCase("- () ทราบ/ดำเนินการตามเสนอ", .tick, "unknown", raw: "()"),
]

/// Identifiers that look like numbers stay identifiers.
let identifierCases: [ScanCase] = [
    ScanCase("๒.๑ การเสริมสร้าง", .outlineMarker, "2.1", raw: "๒.๑"),
    ScanCase("๒.๑.๑) จัดทำ", .outlineMarker, "2.1.1", raw: "๒.๑.๑)"),
    ScanCase("(๑) ประชุม", .outlineMarker, "1", raw: "(๑)"),
    ScanCase("๑) ศึกษา", .outlineMarker, "1", raw: "๑)"),
    ScanCase("๑. ผลการดำเนินงาน", .outlineMarker, "1", raw: "๑."),
    ScanCase("- ๓) กำหนดกรอบ", .outlineMarker, "3", raw: "๓)"),
    ScanCase("<p>๑. ศึกษาคู่มือ</p>", .outlineMarker, "1", raw: "๑."),
    ScanCase("ก.๑) การจัดการ", .outlineMarker, "ก.1", raw: "ก.๑)"),
    ScanCase("รายการ ๑๒) ก ๑๓) ข", .outlineMarker, "12", raw: "๑๒)"),
    ScanCase("๔.๓ มาตรการจัดการเรื่องร้องเรียน", .outlineMarker, "4.3", raw: "๔.๓"),
    ScanCase("ที่ ศก ๗๔๑๐๑.๑/๑๖๗", .documentNumber, "ศก 74101.1/167", raw: "ศก ๗๔๑๐๑.๑/๑๖๗"),
    ScanCase("หนังสือ มท ๐๔๑๓/ว ๑๕๕๓ ลงวันที่", .documentNumber, "มท 0413/ว 1553", raw: "มท ๐๔๑๓/ว ๑๕๕๓"),
    ScanCase("แบบ ปค.๑", .formCode, "ปค.1", raw: "ปค.๑"),
    ScanCase("มาตรา ๑๖(๑๖)", .lawReference, "16(16)"),
    ScanCase("ข้อ ๒๙ (๓)", .lawReference, "29(3)"),
    ScanCase("มาตรา ๖๕", .lawReference, "65"),
    ScanCase("มิติที่ ๑", .ordinal, "มิติ #1"),
    ScanCase("มิตที่ 2", .ordinal, "มิติ #2"),
    ScanCase("มติที่ ๓", .ordinal, "มิติ #3"),
    ScanCase("มิตีที่ ๔", .ordinal, "มิติ #4"),
    ScanCase("ลำดับที่ ๑๔", .ordinal, "ลำดับ #14"),
    ScanCase("ตัวชี้วัดที่ ๑๐", .ordinal, "ตัวชี้วัด #10"),
    ScanCase("ประเด็นที่ (๒๑)", .ordinal, "ประเด็น #21"),
    ScanCase("ภารกิจที่ ๒", .ordinal, "ภารกิจ #2"),
    ScanCase("ก.พ.ร.", .abbreviation, "ก.พ.ร."),
    ScanCase("พ.ร.บ.", .abbreviation, "พ.ร.บ."),
    ScanCase("ป.ป.ช.", .abbreviation, "ป.ป.ช."),
]

/// Figures that are no number as written: one `malformedNumber` token each, never a smaller number read from a part.
let malformedCases: [ScanCase] = [
    ScanCase("1O,000.00", .malformedNumber, "not a figure: a letter O or l among the digits"),
    ScanCase("5,OOO บาท", .malformedNumber, "not a figure: a letter O or l among the digits", raw: "5,OOO"),
    ScanCase("งบประมาณ ๑๒,,๐๐๐ บาท", .malformedNumber, "not a figure: a doubled separator", raw: "๑๒,,๐๐๐"),
    ScanCase("12,3456 บาท", .malformedNumber, "not a figure: digits grouped wrongly"),
    ScanCase("1,2.00", .malformedNumber, "not a figure: digits grouped wrongly"),
    ScanCase("๙๙๙,๙๙๙,๙๙๙,๙๙๙,๙๙๙ บาท", .malformedNumber, "not a figure: 15 digits, more than any figure of a local budget"),
    // Ungrouped, where a figure is stated (a classifier after it, a percent word or sign beside it).
    ScanCase("จำนวน ๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙ โครงการ", .malformedNumber, "not a figure: 16 digits, more than any figure of a local budget",
             raw: "๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙"),
    ScanCase("ร้อยละ 12345678901234567", .malformedNumber, "not a figure: 17 digits, more than any figure of a local budget",
             raw: "12345678901234567"),
    ScanCase("123456789012345678 %", .malformedNumber, "not a figure: 18 digits, more than any figure of a local budget",
             raw: "123456789012345678"),
    // Past the range once multiplied by its unit: the unit goes with it (`ล้านบาท` had been read as a million baht).
    ScanCase("งบประมาณ ๙๙๙๙๙๙๙๙๙๙ ล้านบาท", .malformedNumber, "not a figure: more than any figure of a local budget, in the unit after it",
             raw: "๙๙๙๙๙๙๙๙๙๙ ล้านบาท"),
    ScanCase("วงเงิน 999999999 ลบ.", .malformedNumber, "not a figure: more than any figure of a local budget, in the unit after it",
             raw: "999999999 ลบ."),
    // More decimals than a figure is kept with: had left no token at all.
    ScanCase("เบิกจ่าย ๑๒,๐๐๐.๑๒๓๔๕ บาท", .malformedNumber, "not a figure: 5 decimals, more than a figure is kept with",
             raw: "๑๒,๐๐๐.๑๒๓๔๕ บาท"),
    // A day its month does not have: one date that is no date, not a day number and a month read apart.
    ScanCase("ประกาศ ณ วันที่ ๓๑ กุมภาพันธ์ ๒๕๖๖", .malformedDate, "no such date: month 2 of BE 2566 has no day 31",
             raw: "๓๑ กุมภาพันธ์ ๒๕๖๖"),
    ScanCase("๑ - ๓๑ เมษายน ๒๕๖๖", .malformedDate, "no such date: month 4 of BE 2566 has no day 31"),
    // Dots for the commas that group thousands: never thirty baht, nor a document number.
    ScanCase("งบประมาณ 30.000 บาท", .malformedNumber, "not a figure: dots where commas group thousands", raw: "30.000 บาท"),
    ScanCase("รวม 1.250.000 บาท", .malformedNumber, "not a figure: dots where commas group thousands", raw: "1.250.000 บาท"),
    // A space beside a separator: one figure that is no figure as written, never `000 บาท` (nought baht).
    ScanCase("งบประมาณ 30, 000 บาท", .malformedNumber, "not a figure: a space inside the figure", raw: "30, 000 บาท"),
    ScanCase("รวม 1 ,250,000 บาท", .malformedNumber, "not a figure: a space inside the figure", raw: "1 ,250,000 บาท"),
    ScanCase("เบิกจ่าย ๒๘,๕๐๐ .๐๐ บาท", .malformedNumber, "not a figure: a space inside the figure", raw: "๒๘,๕๐๐ .๐๐ บาท"),
    ScanCase("ใช้งบประมาณ ๑๒๕ ๘๗๐ บาท", .malformedNumber, "not a figure: a space inside the figure", raw: "๑๒๕ ๘๗๐ บาท"),
    ScanCase("รวม 1 250 000.50 บาท", .malformedNumber, "not a figure: a space inside the figure", raw: "1 250 000.50 บาท"),
]

