import ThaiText

/// What an item of the plan is called by its own kind word.
public enum ProjectKind: String, Sendable, Hashable, CaseIterable {
    case project = "โครงการ"
    case measure = "มาตรการ"
    case activity = "กิจกรรม"
}

/// The status columns of a progress report's table, and the tallies of its summary.
public enum ProjectStatus: String, Sendable, Hashable, CaseIterable {
    case notStarted      // ยังไม่ดำเนินการ · รอรายงาน
    case inProgress      // อยู่ระหว่างดำเนินการ
    case completed       // ดำเนินการแล้วเสร็จ
    case notPossible     // ไม่สามารถดำเนินการได้ · ไม่ได้ดำเนินการ
    case cancelled       // ยกเลิก · ยกเลิกโครงการ
    case budgetTransferred  // โอนงบประมาณ: the budget moved to other spending, the project not carried out
}

/// One project (or measure, or activity), linked from all the places the document mentions it.
public struct Project: Sendable {
    /// 1-based, in order of first mention.
    public var id: Int
    /// The name as first written in a table (else the first mention), repaired, kind word included.
    public var name: String
    public var kind: ProjectKind?
    /// The dimension key (`1`, `3*`), from the mention that states it.
    public var dimension: String?
    public var mission: String?
    /// Budget per fiscal year (BE) in baht, taken from the most authoritative mention
    /// (a table row before a detail sheet before narrative). `nil` value: written `-`, not planned that year.
    public var budgets: [Int: Located<ExactDecimal>]
    public var disbursed: Located<ExactDecimal>?
    public var status: Located<ProjectStatus>?
    /// The quarters ticked, per fiscal year (BE).
    public var schedule: [Int: Set<Int>]
    public var responsible: String?
    /// The period as the detail sheet writes it (`ปีงบประมาณ พ.ศ. ๒๕๖๗ - ๒๕๗๐`).
    public var period: String?
    /// Targets and indicators as written (detail sheets' ๔. and ๙.).
    public var targets: [String]
    public var mentions: [Mention]

    public init(id: Int, name: String, kind: ProjectKind?, dimension: String? = nil, mission: String? = nil,
                budgets: [Int: Located<ExactDecimal>] = [:], disbursed: Located<ExactDecimal>? = nil,
                status: Located<ProjectStatus>? = nil, schedule: [Int: Set<Int>] = [:], responsible: String? = nil,
                period: String? = nil, targets: [String] = [], mentions: [Mention] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.dimension = dimension
        self.mission = mission
        self.budgets = budgets
        self.disbursed = disbursed
        self.status = status
        self.schedule = schedule
        self.responsible = responsible
        self.period = period
        self.targets = targets
        self.mentions = mentions
    }
}

/// The kind of place a project is mentioned in.
public enum MentionRole: String, Sendable, Hashable, CaseIterable {
    /// A row of a multi-year summary table (budget per year, subtotals per dimension).
    case summaryRow
    /// A row of one fiscal year's table (budget, quarters ticked).
    case yearTableRow
    /// A row of a progress report's status table (budget, disbursed, status ticked).
    case statusRow
    /// A row of an ITA measures table.
    case measureRow
    /// Any other table row naming a project.
    case tableRow
    /// A detail sheet (`ลำดับที่ N`, fields ๑.–๙.).
    case detailSheet
    /// A narrative entry (`ชื่อโครงการ : …` with its การดำเนินการ / งบประมาณ / ผลการดำเนินการ).
    case narrative
}

/// How sure the link from a mention to its project is.
public enum LinkConfidence: String, Sendable, Hashable {
    /// The first mention of the project, or its name matches exactly once spaces and spelling noise are removed.
    case exact
    /// The names differ by an alias, a kind word or a few letters; the link is probable.
    case probable
    /// The names are only alike; the link is a guess and says so.
    case uncertain
}

/// One place a project is mentioned, with the figures stated there.
public struct Mention: Sendable {
    public var role: MentionRole
    public var line: Int
    public var endLine: Int
    public var column: Int
    /// The name as written there (repaired text), and as it stood in the source.
    public var name: String
    public var rawName: String
    /// The numbering as written: `๑๒)`, `ลำดับที่ ๑`, `12`.
    public var numbering: String?
    public var number: Int?
    /// Which table, for table rows (0-based, in document order).
    public var table: Int?
    /// Which row of that table (0-based, among all its rows): the order of rows where lines cannot give it
    /// (a whole table exported on one line).
    public var row: Int?
    public var kind: ProjectKind?
    public var dimension: String?
    public var mission: String?
    /// Budget per fiscal year (BE); a `nil` amount means `-` (not planned that year).
    public var budgets: [Int: Located<ExactDecimal?>]
    /// A budget stated for the whole period with no year (a detail sheet's ๓๐๐,๐๐๐ for 2566–2570).
    public var budgetForPeriod: Located<ExactDecimal>?
    /// `ปีละ ๒๐,๐๐๐ บาท`: the same budget every year of the period.
    public var budgetPerYear: Located<ExactDecimal>?
    /// A table's budget as planned, beside the approved budget of the same year (`งบประมาณตามแผน`); `-` is zero.
    public var plannedBudget: Located<ExactDecimal>?
    /// A budget split by source: each source's amount, by its column's label (`-` as zero).
    public var fundingSources: [String: Located<ExactDecimal>] = [:]
    public var disbursed: Located<ExactDecimal>?
    /// A status table's `คงเหลือ` cell: the budget left once the disbursement is taken from it.
    public var remaining: Located<ExactDecimal>?
    /// A status table's `ร้อยละการเบิกจ่าย` cell: the disbursement as a percentage of the budget.
    public var disbursedPercent: Located<ExactDecimal>?
    public var status: Located<ProjectStatus>?
    /// Quarters ticked, for the fiscal year of the table (`scheduleYear`).
    public var quarters: Set<Int>
    public var scheduleYear: Int?
    /// Quarters ticked in a table whose quarter columns stand under the years they belong to
    /// (`พ.ศ. ๒๕๖๘ / ไตรมาส ๑ … พ.ศ. ๒๕๖๙ / ไตรมาส ๑ …`), by year.
    public var quartersByYear: [Int: Set<Int>] = [:]

    /// The quarters ticked for `year`: from the columns of that year, else the table's own.
    public func quarters(in year: Int?) -> Set<Int> {
        if let year, !quartersByYear.isEmpty { return quartersByYear[year] ?? [] }
        return quarters
    }
    /// What was disbursed in each quarter (1–4), in a table whose quarter columns hold amounts; `-` is zero.
    public var quarterDisbursed: [Int: Located<ExactDecimal>] = [:]
    /// Months ticked (1 for October … 12 for September), in a schedule drawn month by month; their quarters
    /// are in `quarters`.
    public var months: Set<Int> = []
    /// Where the ticks were read (one per quarter column), so a count can be checked against them.
    public var quarterCells: [Located<Bool>]
    /// The amount in words beside a figure (`(สามแสนบาทถ้วน)`), with the figure it stands beside.
    public var amountsInWords: [AmountInWords]
    public var responsible: String?
    public var period: String?
    public var targets: [String]
    /// A stated frequency (`ปีละ ๔ ครั้ง`), checked against the schedule.
    public var frequency: Located<Int>?
    /// False when the row's values could not be aligned to this item (merged cells): its figures are unknown.
    public var valuesAligned: Bool
    /// Figures written here that are no number as written (`1O,000.00`, `๑๒,,๐๐๐`): what each was for
    /// (`budget 2567`, `disbursed`) with the text as written. Never read as some other value.
    public var unreadable: [Located<String>]
    /// Whether every figure of this mention is known: its values aligned and none unreadable. The checks
    /// that add figures treat a mention whose figures are not all known as a gap, never as zero.
    public var figuresKnown: Bool { valuesAligned && unreadable.isEmpty }
    public var confidence: LinkConfidence
    /// Why a link is not exact: `alias`, `kind word differs`, `similar name (0.86)`.
    public var linkNote: String?

    public init(role: MentionRole, line: Int, endLine: Int? = nil, column: Int = 1, name: String, rawName: String? = nil,
                numbering: String? = nil, number: Int? = nil, table: Int? = nil, kind: ProjectKind? = nil) {
        self.role = role
        self.line = line
        self.endLine = endLine ?? line
        self.column = column
        self.name = name
        self.rawName = rawName ?? name
        self.numbering = numbering
        self.number = number
        self.table = table
        self.kind = kind
        self.budgets = [:]
        self.quarters = []
        self.quarterCells = []
        self.amountsInWords = []
        self.targets = []
        self.valuesAligned = true
        self.unreadable = []
        self.confidence = .exact
    }
}

/// An amount written in words beside its figure.
public struct AmountInWords: Sendable, Hashable {
    public var figure: Located<ExactDecimal>
    public var words: Located<ExactDecimal>

    public init(figure: Located<ExactDecimal>, words: Located<ExactDecimal>) {
        self.figure = figure
        self.words = words
    }
}
