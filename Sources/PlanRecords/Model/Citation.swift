import ThaiText

/// A law, decree or regulation cited with its year: `พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐`.
/// The audit holds every citation of one law against the others: the same law with two years is a slip.
public struct Citation: Sendable, Hashable {
    /// The name as written, from its kind word up to `พ.ศ.` (`พ.ร.บ.` kept as written).
    public var name: String
    /// The name for comparison: spaces removed, `พ.ร.บ.` read as `พระราชบัญญัติ`, Thai digits as Arabic.
    public var key: String
    /// The year (BE) the citation gives.
    public var year: Located<Int>

    public init(name: String, key: String, year: Located<Int>) {
        self.name = name
        self.key = key
        self.year = year
    }

    public var line: Int { year.line }
}

/// A whole date written in the text (not in a table), with what stands before it in its sentence,
/// so the audit can tell a date of the year reported on from one about another year.
public struct DateMention: Sendable, Hashable {
    public var date: Located<CalendarDate>
    /// The text of the line before the date (at most a sentence's worth).
    public var before: String
    /// The fiscal year (BE) named before the date in the same block, when one is (`ปีงบประมาณ ๒๕๖๕ … ๑ ตุลาคม ๒๕๖๔`).
    public var fiscalYearBefore: Int?
    /// Another year (BE) named before the date on the same line, when one is.
    public var yearBefore: Int?

    public init(date: Located<CalendarDate>, before: String, fiscalYearBefore: Int? = nil, yearBefore: Int? = nil) {
        self.date = date
        self.before = before
        self.fiscalYearBefore = fiscalYearBefore
        self.yearBefore = yearBefore
    }

    public var line: Int { date.line }
}
