/// A year as Thai documents write it: Buddhist Era, with the Common Era year beside it (CE = BE − 543).
public struct ThaiYear: Hashable, Sendable, Comparable, CustomStringConvertible {
    public static let eraOffset = 543
    public var be: Int

    public init(be: Int) { self.be = be }
    public init(ce: Int) { self.be = ce + Self.eraOffset }

    public var ce: Int { be - Self.eraOffset }
    public static func < (lhs: ThaiYear, rhs: ThaiYear) -> Bool { lhs.be < rhs.be }
    public var description: String { "พ.ศ. \(be) (\(ce))" }

    /// Years sarabun accepts as plausible BE years in these documents.
    public static let plausibleBE = 2400...2700
}

/// A valid Gregorian calendar date (day checked against the month, leap years included).
public struct CalendarDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: ThaiYear
    public var month: Int
    public var day: Int

    /// Nil for an impossible date such as 31 September or 29 February of a common year.
    public init?(year: ThaiYear, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, ceYear: year.ce) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public static func daysIn(month: Int, ceYear: Int) -> Int {
        switch month {
        case 2: return isLeap(ceYear) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func isLeap(_ ceYear: Int) -> Bool {
        (ceYear % 4 == 0 && ceYear % 100 != 0) || ceYear % 400 == 0
    }

    /// `2023-10-19`
    public var isoCE: String { Self.iso(year.ce, month, day) }
    /// `2566-10-19`
    public var isoBE: String { Self.iso(year.be, month, day) }
    public var description: String { isoCE }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year.be, lhs.month, lhs.day) < (rhs.year.be, rhs.month, rhs.day)
    }

    static func iso(_ year: Int, _ month: Int, _ day: Int? = nil) -> String {
        let monthText = month < 10 ? "0\(month)" : "\(month)"
        guard let day else { return "\(year)-\(monthText)" }
        return "\(year)-\(monthText)-\(day < 10 ? "0\(day)" : "\(day)")"
    }
}

/// A month of a year, as in `กันยายน ๒๕๖๕`.
public struct YearMonth: Hashable, Sendable, Comparable {
    public var year: ThaiYear
    public var month: Int

    public init(year: ThaiYear, month: Int) {
        self.year = year
        self.month = month
    }

    public var isoCE: String { CalendarDate.iso(year.ce, month) }
    public var isoBE: String { CalendarDate.iso(year.be, month) }
    public var firstDay: CalendarDate { CalendarDate(year: year, month: month, day: 1)! }
    public var lastDay: CalendarDate {
        CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, ceYear: year.ce))!
    }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { (lhs.year.be, lhs.month) < (rhs.year.be, rhs.month) }
}

/// A Thai government fiscal year (ปีงบประมาณ): FY N runs from 1 October of N−1 to 30 September of N.
public struct FiscalYear: Hashable, Sendable, Comparable {
    public var year: ThaiYear

    public init(be: Int) { year = ThaiYear(be: be) }

    public var be: Int { year.be }
    public var start: CalendarDate { CalendarDate(year: ThaiYear(be: year.be - 1), month: 10, day: 1)! }
    public var end: CalendarDate { CalendarDate(year: year, month: 9, day: 30)! }

    /// The fiscal quarter (1–4) a date falls in, or nil when it is outside this fiscal year.
    public func quarter(of date: CalendarDate) -> Int? {
        guard date >= start, date <= end else { return nil }
        let monthsFromOctober = (date.month + 2) % 12 // Oct → 0, Sep → 11
        return monthsFromOctober / 3 + 1
    }

    /// The fiscal year a date belongs to.
    public static func containing(_ date: CalendarDate) -> FiscalYear {
        FiscalYear(be: date.month >= 10 ? date.year.be + 1 : date.year.be)
    }

    public static func < (lhs: FiscalYear, rhs: FiscalYear) -> Bool { lhs.be < rhs.be }
}
