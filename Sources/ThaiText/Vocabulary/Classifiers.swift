/// Classifiers and units that follow a number and say what it counts: `๑๐ มาตรการ`, `๕๐๐ คน`.
///
/// The value is the classifier's canonical spelling (OCR variants map to it).
public enum Classifiers {
    public static let all = Lexicon<String>([
        "โครงการ", "มาตรการ", "กิจกรรม", "คน", "ราย", "ครั้ง", "ช่องทาง", "ชุมชน", "ตัวชี้วัด", "แห่ง",
        "หมู่บ้าน", "หน่วยงาน", "เรื่อง", "ฉบับ", "หลักสูตร", "รุ่น", "วัน", "เดือน", "ปี", "ชั่วโมง",
        "ชม.", "ภารกิจ", "มิติ", "แผนงาน", "แผน", "ด้าน", "ข้อ", "ตำบล", "ประเด็น", "กลุ่ม", "เครื่องมือ",
        "คะแนน", "ระดับ", "ส่วนราชการ", "กอง", "งาน", "ชิ้น", "เล่ม", "แผ่น", "ป้าย", "จุด", "ครัวเรือน",
        "องค์กร", "ประเภท", "รายการ", "ขั้นตอน", "เครือข่าย", "ท่าน", "นาที", "สัปดาห์", "ไตรมาส",
    ].map { ($0, $0) })

    /// Units of measure, which may take decimals (`๗๗.๒๑ คะแนน`, `๑.๕ ชั่วโมง`); other classifiers count
    /// whole things, so `๔.๓ มาตรการ…` is a section number before a title, not 4.3 measures.
    public static let measures: Set<String> = ["คะแนน", "ชั่วโมง", "ชม.", "วัน", "เดือน", "ปี", "นาที", "สัปดาห์", "ระดับ"]

    /// Words that open with a classifier but say "per" (`๒๕๖๙ ปีละ ๒๕,๐๐๐ บาท`: the year, then so much a year):
    /// no count.
    public static let perUnit = Lexicon<Void>(words: ["ปีละ", "วันละ", "เดือนละ"])

    /// The unit of money, and its abbreviation in tables and summaries (`๕๐,๐๐๐ บ.`). The scanner takes
    /// an abbreviation only where no letter follows it (`ม.๕ บ.หนองบัว` is a village, not five baht).
    public static let baht = Lexicon<Void>(words: ["บาท", "บ."])

    /// Millions of baht in one abbreviation: `๑.๕ ลบ.` (ล้านบาท), 1,500,000 baht.
    public static let millionBaht = Lexicon<Void>(words: ["ลบ."])

    /// `๒๐,๐๐๐.-`: the dash after a figure's dot that says "no satang".
    public static let noSatangMark = Lexicon<Void>(words: [".-", ".—"])

    /// The percent sign and the Thai percent word.
    public static let percentSign = Lexicon<Void>(words: ["%", "％", "เปอร์เซ็นต์"])
    public static let percentWord = Lexicon<Void>(words: ["ร้อยละ"])

    /// Comparators around a stated percentage or count.
    public static let comparatorsBefore = Lexicon<Comparator>([
        ("ไม่น้อยกว่า", .atLeast), ("ไม่ต่ำกว่า", .atLeast), ("อย่างน้อย", .atLeast),
        ("ไม่เกิน", .atMost), ("ไม่มากกว่า", .atMost), ("ไม่สูงกว่า", .atMost),
        ("มากกว่า", .moreThan), ("สูงกว่า", .moreThan), ("เกินกว่า", .moreThan),
        ("น้อยกว่า", .lessThan), ("ต่ำกว่า", .lessThan),
        ("ลดลง", .decreaseBy), ("เพิ่มขึ้น", .increaseBy),
    ])
    public static let comparatorsAfter = Lexicon<Comparator>([("ขึ้นไป", .atLeast), ("ลงมา", .atMost)])
}
