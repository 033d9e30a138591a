/// Calendar vocabulary: months, era words, fiscal-year and quarter words.
public enum CalendarWords {
    /// Month names, full and abbreviated (with and without the final dot, as OCR drops it).
    public static let months = Lexicon<Int>([
        ("มกราคม", 1), ("กุมภาพันธ์", 2), ("มีนาคม", 3), ("เมษายน", 4), ("พฤษภาคม", 5), ("มิถุนายน", 6),
        ("กรกฎาคม", 7), ("สิงหาคม", 8), ("กันยายน", 9), ("ตุลาคม", 10), ("พฤศจิกายน", 11), ("ธันวาคม", 12),
        ("ม.ค.", 1), ("ก.พ.", 2), ("มี.ค.", 3), ("เม.ย.", 4), ("พ.ค.", 5), ("มิ.ย.", 6),
        ("ก.ค.", 7), ("ส.ค.", 8), ("ก.ย.", 9), ("ต.ค.", 10), ("พ.ย.", 11), ("ธ.ค.", 12),
        ("ม.ค", 1), ("ก.พ", 2), ("มี.ค", 3), ("เม.ย", 4), ("พ.ค", 5), ("มิ.ย", 6),
        ("ก.ค", 7), ("ส.ค", 8), ("ก.ย", 9), ("ต.ค", 10), ("พ.ย", 11), ("ธ.ค", 12),
    ])

    /// Whether a month spelling is an abbreviation (after which a two-digit year is usual).
    public static func isAbbreviated(_ spelling: String) -> Bool { spelling.contains(".") }

    /// `เดือน` may stand before a month name: `วันที่ ๒๗ เดือน กันยายน`.
    public static let monthWord = Lexicon<Void>(words: ["เดือน"])

    /// Era words before a year, and the era they name.
    public static let eras = Lexicon<TokenValue.Era>([
        ("พ.ศ.", .buddhist), ("พ.ศ", .buddhist), ("พศ.", .buddhist), ("พุทธศักราช", .buddhist),
        ("ค.ศ.", .common), ("ค.ศ", .common), ("คริสต์ศักราช", .common),
    ])

    /// Words that make the year after them a fiscal year.
    public static let fiscalYearWords = Lexicon<Void>(words: ["ปีงบประมาณ", "ปีงบฯ", "ปีงบ"])

    /// `ปี 66`: the word after which a bare two-digit number is a year.
    public static let yearWord = Lexicon<Void>(words: ["ปี"])

    /// Quarter words: `ไตรมาสที่ ๑`, `ไตรมาส 1`.
    public static let quarterWords = Lexicon<Void>(words: ["ไตรมาสที่", "ไตรมาส"])

    /// Words joining the two ends of a range besides dashes.
    public static let rangeWords = Lexicon<Void>(words: ["-", "–", "—", "ถึง"])

    /// Words joining the items of a list of years: `พ.ศ.๒๕๖๖ พ.ศ.๒๕๖๘ และ พ.ศ.๒๕๗๐`.
    public static let listWords = Lexicon<Void>(words: [",", "และ", "หรือ"])
}
