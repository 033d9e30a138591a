import ThaiText

/// The integrity and transparency assessment's scores as a document states them.
public struct ITAScores: Sendable {
    public var indicators: [IndicatorScore]
    public var tools: [ToolScore]
    public var bands: [GradeBand]
    public var overall: Located<ExactDecimal>?
    public var grade: Located<String>?
    /// The overall score stated again after `overall` (a conclusion's sentence, a tool table's total row).
    public var restatedOverall: [Located<ExactDecimal>] = []
    /// The grade stated again after `grade`.
    public var restatedGrades: [Located<String>] = []
    /// Other years' scores and grades, from a table comparing the years (`พ.ศ. ๒๕๖๖ | ๘๑.๔๘ | B`).
    public var yearScores: [YearScore] = []
    /// The overall score's change from another year, as stated (`เพิ่มขึ้นจากปี ๒๕๖๖ จำนวน ๓.๒๕ คะแนน`), and
    /// earlier years' changes from the year before them where a table states them (`ScoreChange.to`).
    public var changes: [ScoreChange] = []
    /// The fiscal year assessed (BE), when stated beside the scores.
    public var year: Int?

    public init(indicators: [IndicatorScore] = [], tools: [ToolScore] = [], bands: [GradeBand] = [],
                overall: Located<ExactDecimal>? = nil, grade: Located<String>? = nil, year: Int? = nil) {
        self.indicators = indicators
        self.tools = tools
        self.bands = bands
        self.overall = overall
        self.grade = grade
        self.year = year
    }

    public var isEmpty: Bool { indicators.isEmpty && tools.isEmpty && bands.isEmpty && overall == nil && grade == nil }
}

/// One year's score and grade in a table comparing the years.
public struct YearScore: Sendable, Hashable {
    public var year: Int
    public var score: Located<ExactDecimal>
    public var grade: Located<String>?

    public init(year: Int, score: Located<ExactDecimal>, grade: Located<String>? = nil) {
        self.year = year
        self.score = score
        self.grade = grade
    }
}

/// `ผลการประเมินปี ๒๕๖๗ เพิ่มขึ้นจากปี ๒๕๖๖ จำนวน ๓.๒๕ คะแนน`: how far the overall score rose or fell.
public struct ScoreChange: Sendable, Hashable {
    public enum Direction: String, Sendable, Hashable {
        case up, down
    }
    public var direction: Direction
    /// The points as written, never negative: the direction says which way.
    public var points: Located<ExactDecimal>
    /// The year compared with (BE), when the sentence names it.
    public var from: Int?
    /// The year whose score moved (BE), when not the document's own: a change column beside an earlier
    /// year's row (`พ.ศ. ๒๕๖๖ | ๘๒.๒๕ | B | +๒.๒๕`). Nil for the overall score's change.
    public var to: Int?

    public init(direction: Direction, points: Located<ExactDecimal>, from: Int? = nil, to: Int? = nil) {
        self.direction = direction
        self.points = points
        self.from = from
        self.to = to
    }
}

/// `ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ … ๙๙.๖๕`.
public struct IndicatorScore: Sendable, Hashable {
    public var number: Int
    public var name: String
    public var score: Located<ExactDecimal>
    /// `IIT`, `EIT` or `OIT`, when the document says which tool the indicator belongs to.
    public var tool: String?

    public init(number: Int, name: String, score: Located<ExactDecimal>, tool: String? = nil) {
        self.number = number
        self.name = name
        self.score = score
        self.tool = tool
    }
}

/// One assessment tool (IIT, EIT, OIT) with its weight in percent and its score.
public struct ToolScore: Sendable, Hashable {
    public var name: String
    public var weight: Located<ExactDecimal>?
    public var score: Located<ExactDecimal>?
    /// The weighted score as stated (`weight × score / 100`), when the table has that column.
    public var weighted: Located<ExactDecimal>?

    public init(name: String, weight: Located<ExactDecimal>? = nil, score: Located<ExactDecimal>? = nil,
                weighted: Located<ExactDecimal>? = nil) {
        self.name = name
        self.weight = weight
        self.score = score
        self.weighted = weighted
    }
}

/// `A · 85.00 – 94.99`.
public struct GradeBand: Sendable, Hashable {
    public var grade: String
    public var low: ExactDecimal
    public var high: ExactDecimal?
    public var line: Int

    public init(grade: String, low: ExactDecimal, high: ExactDecimal?, line: Int) {
        self.grade = grade
        self.low = low
        self.high = high
        self.line = line
    }
}

/// A table as the records see it: its place, title and what each column holds.
public struct TableRecord: Sendable {
    public var index: Int
    public var line: Int
    public var endLine: Int
    public var title: String?
    public var header: [String]
    public var roles: [ColumnRole?]
    public var bodyRows: Int
    public var totalRows: Int
    /// The fiscal year (BE) of a one-year table, from its title or the heading above it.
    public var year: Int?
    /// A table with no header row: its first row as evidence shows it (cells joined by spaces), where it stands.
    public var firstRow: Located<String>?

    /// No header row: every label empty (spaces, no-break spaces and marks aside), so no column is known and
    /// no row is read as a project.
    public var headerMissing: Bool { header.count >= 3 && header.allSatisfy { TextTools.compact($0).isEmpty } }

    public init(index: Int, line: Int, endLine: Int, title: String?, header: [String], roles: [ColumnRole?],
                bodyRows: Int, totalRows: Int, year: Int?, firstRow: Located<String>? = nil) {
        self.index = index
        self.line = line
        self.endLine = endLine
        self.title = title
        self.header = header
        self.roles = roles
        self.bodyRows = bodyRows
        self.totalRows = totalRows
        self.year = year
        self.firstRow = firstRow
    }
}

/// What a table column holds, read from its label.
public enum ColumnRole: Sendable, Hashable {
    case number
    case name
    case dimension
    case mission
    /// Budget, of the given fiscal year (BE) when the label or table says so.
    case budget(year: Int?)
    /// A second budget column for the same year: the budget as planned, beside the approved one.
    case plannedBudget
    /// One source of a budget split by source (`เงินอุดหนุน` beside `เงินงบประมาณ` and their `รวม`), by its label.
    case fundingSource(String)
    case disbursed
    /// `คงเหลือ`: budget less disbursement.
    case remaining
    /// `ร้อยละการเบิกจ่าย`, `ร้อยละ`, `%` beside budget and disbursement: the disbursement's percentage of the budget.
    case disbursedPercent
    case status(ProjectStatus)
    /// A quarter (1–4), of the year a spanning label above it names (`พ.ศ. ๒๕๖๘ / ไตรมาส ๑`) when one does.
    case quarter(Int, year: Int? = nil)
    /// A month of the fiscal year (1 for October … 12 for September), in a schedule drawn month by month.
    case month(Int)
    /// What was disbursed in a quarter (1–4): a quarter column holding amounts, not ticks.
    case quarterDisbursed(Int)
    case responsible
    case remark
    case steps
    case results
    case problems
    case indicator
    case score
    case tool
    /// A tool's own score beside its indicators' (`คะแนนเครื่องมือ`), one figure per tool.
    case toolScore
    case weight
    case weightedScore
    /// The change of a year's score from the year before it (`เพิ่มขึ้น/ลดลง`, `ผลต่าง`), in a table comparing the years.
    case change
    case grade
    case rangeLow
    case rangeHigh

    public var label: String {
        switch self {
        case .number: return "number"
        case .name: return "name"
        case .dimension: return "dimension"
        case .mission: return "mission"
        case .budget(let year): return year.map { "budget \($0)" } ?? "budget"
        case .plannedBudget: return "plannedBudget"
        case .fundingSource(let source): return "source \(source)"
        case .disbursed: return "disbursed"
        case .remaining: return "remaining"
        case .disbursedPercent: return "disbursedPercent"
        case .status(let status): return "status \(status.rawValue)"
        case .quarter(let quarter, let year): return "quarter \(quarter)" + (year.map { " \($0)" } ?? "")
        case .month(let month): return "month \(month)"
        case .quarterDisbursed(let quarter): return "disbursed quarter \(quarter)"
        case .responsible: return "responsible"
        case .remark: return "remark"
        case .steps: return "steps"
        case .results: return "results"
        case .problems: return "problems"
        case .indicator: return "indicator"
        case .score: return "score"
        case .tool: return "tool"
        case .toolScore: return "toolScore"
        case .weight: return "weight"
        case .weightedScore: return "weightedScore"
        case .change: return "change"
        case .grade: return "grade"
        case .rangeLow: return "rangeLow"
        case .rangeHigh: return "rangeHigh"
        }
    }
}
