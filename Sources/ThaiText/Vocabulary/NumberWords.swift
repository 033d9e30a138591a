/// Thai number words: the digits, the multipliers, and the words that only look like numbers.
public enum NumberWords {
    public enum Part: Hashable, Sendable {
        case digit(Int)        // ศูนย์ หนึ่ง สอง … เก้า
        case twenty            // ยี่ (only in ยี่สิบ)
        case unitOne           // เอ็ด (1 after a ten: สิบเอ็ด, ร้อยเอ็ด)
        case multiplier(Int64) // สิบ ร้อย พัน หมื่น แสน
        case million           // ล้าน (groups repeat: สองล้านล้าน)
    }

    public static let parts: [(String, Part)] = [
        ("ศูนย์", .digit(0)), ("หนึ่ง", .digit(1)), ("สอง", .digit(2)), ("สาม", .digit(3)), ("สี่", .digit(4)),
        ("ห้า", .digit(5)), ("หก", .digit(6)), ("เจ็ด", .digit(7)), ("แปด", .digit(8)), ("เก้า", .digit(9)),
        ("ยี่", .twenty), ("เอ็ด", .unitOne),
        ("สิบ", .multiplier(10)), ("ร้อย", .multiplier(100)), ("พัน", .multiplier(1_000)),
        ("หมื่น", .multiplier(10_000)), ("แสน", .multiplier(100_000)), ("ล้าน", .million),
    ]

    /// Words made of number words that are not numbers (names, ordinary words). Matched whole.
    public static let notNumbers = Lexicon<Void>(words: [
        "ร้อยละ", "ร้อยเอ็ด", "ร้อยกรอง", "ร้อยแก้ว", "ร้อยตรี", "ร้อยโท", "ร้อยเอก", "ล้านนา", "แสนสุข",
        "สี่แยก", "สามแยก", "สามเณร", "สิบตรี", "สิบโท", "สิบเอก", "ห้าแยก", "หกล้ม", "สองฝั่ง", "สองข้าง",
        "ยี่ห้อ", "ยี่สาน", "พันธ์", "พันธุ์", "พันธกิจ", "พันธมิตร", "พันธะ", "พันตรี", "พันโท", "พันเอก",
        "เจ็ดเสมียน", "หมื่นหาญ",
    ])

    /// Words of vague size before a bare multiplier: `หลายล้านบาท` (millions of baht), `นับล้านบาท`, `กว่าพันล้านบาท`
    /// (over a billion), `เกือบแสนบาท`. With no digit word the multiplier counts nothing: no amount is stated. (`เป็น`
    /// and `ราว` are left out: `คิดเป็นล้านบาท` states an amount, `ราวล้านบาท` an approximate one.)
    public static let vagueQuantities = Lexicon<Void>(words: [
        "หลาย", "นับ", "หลัก", "กว่า", "เกือบ", "ร่วม", "ไม่กี่",
    ])

    /// Words after `บาท` that end an amount in words: `บาทถ้วน`, `บาทห้าสิบสตางค์`.
    public static let exactWord = Lexicon<Void>(words: ["ถ้วน"])
    public static let satangWord = Lexicon<Void>(words: ["สตางค์"])

    /// The value of a sequence of parts, if it is a well-formed Thai number that fits in 64 bits:
    /// `หนึ่งแสนเจ็ดหมื่นแปดพัน` = 178000, `ยี่สิบเอ็ด` = 21, `สองล้านห้าแสน` = 2500000.
    public static func value(of parts: [Part]) -> Int64? {
        guard !parts.isEmpty else { return nil }
        if parts == [.digit(0)] { return 0 }
        var total: Int64 = 0        // value of completed million groups
        var group: Int64 = 0        // value below a million
        var pendingDigit: Int64?    // a digit waiting for its multiplier
        var lastMultiplier: Int64 = .max
        var sawTwenty = false
        for (index, part) in parts.enumerated() {
            switch part {
            case .digit(0):
                return nil
            case .digit(let digit):
                guard pendingDigit == nil, !sawTwenty else { return nil }
                pendingDigit = Int64(digit)
            case .twenty:
                guard pendingDigit == nil, index + 1 < parts.count, parts[index + 1] == .multiplier(10) else { return nil }
                pendingDigit = 2
                sawTwenty = true
            case .unitOne:
                // เอ็ด is the final unit of a group that already has a ten or more.
                guard pendingDigit == nil, group >= 10 else { return nil }
                group += 1
                lastMultiplier = 1
            case .multiplier(let multiplier):
                guard multiplier < lastMultiplier else { return nil }
                group += (pendingDigit ?? 1) * multiplier
                pendingDigit = nil
                sawTwenty = false
                lastMultiplier = multiplier
            case .million:
                group += pendingDigit ?? 0
                pendingDigit = nil
                let (groups, overflow1) = total.addingReportingOverflow(group == 0 && total == 0 ? 1 : group)
                let (scaled, overflow2) = groups.multipliedReportingOverflow(by: 1_000_000)
                guard !overflow1 && !overflow2 else { return nil }
                total = scaled
                group = 0
                lastMultiplier = .max
            }
        }
        let (value, overflow) = total.addingReportingOverflow(group + (pendingDigit ?? 0))
        return overflow ? nil : value
    }
}
