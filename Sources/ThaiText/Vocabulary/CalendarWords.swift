/// Calendar vocabulary: months, era words, fiscal-year and quarter words.
public enum CalendarWords {
    /// The months' names and abbreviations, January first.
    public static let monthNames = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
                                    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
    public static let monthAbbreviations = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
                                            "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]

    /// Month names, full and abbreviated (with and without the final dot, as OCR drops it).
    public static let months = Lexicon<Int>(
        monthNames.enumerated().map { ($1, $0 + 1) } + monthAbbreviations.enumerated().map { ($1, $0 + 1) }
            + monthAbbreviations.enumerated().map { (String($1.dropLast()), $0 + 1) })

    /// The month's place in the fiscal year, which opens in October (October 1 … September 12).
    public static func fiscalMonth(_ month: Int) -> Int { (month + 2) % 12 + 1 }

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
