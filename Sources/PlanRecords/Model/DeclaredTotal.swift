import ThaiText

/// Something the document asserts about itself: a count, a total, a tally, a percentage.
/// The checker holds each of these against what the document actually lists.
public struct DeclaredTotal: Sendable {
    public enum What: String, Sendable, Hashable, CaseIterable {
        /// `จำนวน 29 โครงการ`: how many projects the plan or report has (or a dimension has, with `dimension`).
        case projectCount
        /// A subtotal row's or line's amount (`รวม … ๖๐,๐๐๐ บาท`), for `dimension` and `year`.
        case subtotal
        /// A grand-total row (`รวมทั้งสิ้น`), for `year` (or for a column: `column`).
        case grandTotal
        /// Budget in all, stated in a summary line.
        case budgetTotal
        /// `เบิกจ่ายงบประมาณ 72,808.00 บาท`.
        case disbursedTotal
        /// `คิดเป็นร้อยละ 25.11`: disbursed as a percentage of budget (in a sentence, or a total row's cell).
        case disbursedPercent
        /// A total row's `คงเหลือ` cell: the budget left once the disbursement is taken from it.
        case remainingTotal
        /// `ยอดยกไป` / `ยอดยกมา`: a money column's running sum carried over a page break (`column`, `year`).
        case carriedTotal
        /// `ดำเนินการแล้วเสร็จ 30 โครงการ`: how many projects have a status (`status`).
        case statusCount
        /// `… 2 โครงการ คิดเป็นร้อยละ 66.67`: the share of projects that have a status (`status`).
        case statusPercent
        /// A total row's count of ticks in a quarter column (`quarter`, `year`).
        case quarterCount
        /// A total row's count of ticks in a month's column (`month`, `year`).
        case monthCount
        /// A total row's amount in a quarter's disbursement column (`quarter`).
        case quarterDisbursedTotal
        /// A total row's amount in the column of the budget as planned, beside the approved budget's.
        case plannedBudgetTotal
        /// A total row's amount in one source's column of a budget split by source (`fundingSource`).
        case fundingSourceTotal
        /// ITA: the overall score, a tool's score, an indicator's score (see `scope`).
        case overallScore
        case grade
    }

    public var what: What
    public var value: Located<ExactDecimal>
    /// The dimension key the total is about (`1`, `3*`), when it is about one.
    public var dimension: String?
    /// The fiscal year (BE) the total is about, when it is about one.
    public var year: Int?
    public var status: ProjectStatus?
    public var quarter: Int?
    /// The fiscal month (1 for October), for a month column's count.
    public var month: Int?
    /// The table it stands in (0-based), for total rows; the rows it totals are that table's rows above it.
    public var table: Int?
    /// The column label it totals, for total rows.
    public var column: String?
    /// The classifier counted (`โครงการ`, `มาตรการ`), for counts.
    public var unit: String?
    /// The whole sentence or row the figure stands in, for evidence.
    public var context: String
    /// Where the figure starts in `context` (UTF-8 offset), when it was read from it: the same words can
    /// stand in a paragraph twice (`ส่วนที่ ๒ โครงการ` and `จำนวน ๒ โครงการ`), and evidence marks this one.
    public var contextOffset: Int?
    /// The first line of the total row the figure stands in. In HTML each cell has its own line, so the
    /// figures of one total row are on different lines; the row's line says which rows come before it.
    public var rowLine: Int?
    /// Which row of its table the total row is (0-based, among all its rows), as a mention's `row`.
    public var row: Int?
    /// The source a `fundingSourceTotal` totals (its column's label).
    public var fundingSource: String?

    public init(what: What, value: Located<ExactDecimal>, context: String, dimension: String? = nil, year: Int? = nil,
                status: ProjectStatus? = nil, quarter: Int? = nil, table: Int? = nil, column: String? = nil,
                unit: String? = nil) {
        self.what = what
        self.value = value
        self.context = context
        self.dimension = dimension
        self.year = year
        self.status = status
        self.quarter = quarter
        self.table = table
        self.column = column
        self.unit = unit
    }

    public var line: Int { value.line }
    /// Where the total stands among the table's rows: its row's line, else its own.
    public var rowPosition: Int { rowLine ?? value.line }

    /// A budget its sentence says is the whole plan's, over all its years (`ตลอดระยะเวลาของแผน`).
    public var isWholePlan: Bool {
        let compact = TextTools.compact(context)
        return FieldLabels.wholePlanWords.contains(where: compact.includes)
    }
}

extension DeclaredTotal.What {
    /// Whether the value is an amount of baht (written with its satang in the records).
    public var isMoney: Bool {
        switch self {
        case .subtotal, .grandTotal, .budgetTotal, .disbursedTotal, .remainingTotal, .carriedTotal, .quarterDisbursedTotal, .plannedBudgetTotal, .fundingSourceTotal: return true
        case .projectCount, .disbursedPercent, .statusCount, .statusPercent, .quarterCount, .monthCount, .overallScore, .grade: return false
        }
    }
}
