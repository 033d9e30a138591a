import DocumentReader
import ThaiText

/// Everything sarabun reads out of one document: what it is, who wrote it, its projects with every
/// place they are mentioned, and every figure the document states about itself.
public struct PlanRecord: Sendable {
    /// The version of the record format (`schema/records.schema.json`). Raise the minor number when
    /// fields are added, the major number when a field changes meaning or goes.
    public static let schemaVersion = "1.9"

    public var source: SourceInfo
    public var document: DocumentInfo
    public var dimensions: [Dimension]
    public var missions: [Mission]
    public var projects: [Project]
    public var declared: [DeclaredTotal]
    public var scores: ITAScores?
    /// Every amount written in words beside its figure, wherever it stands.
    public var amountsInWords: [AmountInWords] = []
    /// Laws cited with a year, dates in the text, and every organisation named (CitationReader), for the cross-checks.
    public var citations: [Citation] = [], dates: [DateMention] = [], organisationMentions: [Located<String>] = []
    /// Every table, with its column roles: what an unknown kind of document still yields.
    public var tables: [TableRecord]
    public var warnings: [RecordWarning]

    public init(source: SourceInfo, document: DocumentInfo, dimensions: [Dimension] = [], missions: [Mission] = [],
                projects: [Project] = [], declared: [DeclaredTotal] = [], scores: ITAScores? = nil,
                tables: [TableRecord] = [], warnings: [RecordWarning] = []) {
        self.source = source
        self.document = document
        self.dimensions = dimensions
        self.missions = missions
        self.projects = projects
        self.declared = declared
        self.scores = scores
        self.tables = tables
        self.warnings = warnings
    }
}

/// Where the record was read from.
public struct SourceInfo: Sendable, Hashable {
    public var path: String
    /// Lower-case hex SHA-256 of the file's bytes, as read.
    public var sha256: String
    public var format: DocumentFormat
    public var encoding: TextEncoding
    public var byteCount: Int

    public init(path: String, sha256: String, format: DocumentFormat, encoding: TextEncoding, byteCount: Int) {
        self.path = path
        self.sha256 = sha256
        self.format = format
        self.encoding = encoding
        self.byteCount = byteCount
    }
}

/// The kinds of document the integrity framework asks for (docs/DOMAIN.md).
public enum DocumentKind: String, Sendable, Hashable, CaseIterable {
    case actionPlan          // แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๖ - ๒๕๗๐)
    case progressReport      // รายงานผลการดำเนินการตามแผนปฏิบัติการ… ประจำปีงบประมาณ
    case itaMeasuresReport   // รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส
    case itaAnalysisMemo     // บันทึกข้อความ … ผลการประเมิน ITA
    case unknown
}

public enum OrganisationType: String, Sendable, Hashable, CaseIterable {
    case subdistrictAdministration   // องค์การบริหารส่วนตำบล, อบต.
    case subdistrictMunicipality     // เทศบาลตำบล
    case townMunicipality            // เทศบาลเมือง
    case cityMunicipality            // เทศบาลนคร
    case provincialAdministration    // องค์การบริหารส่วนจังหวัด, อบจ.
}

public struct Organisation: Sendable, Hashable {
    /// The full name as the document writes it first: `เทศบาลตำบลหนองตะเคียนงาม`.
    public var name: Located<String>
    public var type: OrganisationType
    public var district: Located<String>?
    public var province: Located<String>?

    public init(name: Located<String>, type: OrganisationType, district: Located<String>? = nil,
                province: Located<String>? = nil) {
        self.name = name
        self.type = type
        self.district = district
        self.province = province
    }
}

/// A person who signed or reported, with the position line under the name.
public struct Signatory: Sendable, Hashable {
    public var name: Located<String>
    public var position: String?
    /// `ผู้รายงาน`, `ผู้ตรวจสอบ` … where the document says so.
    public var role: String?

    public init(name: Located<String>, position: String? = nil, role: String? = nil) {
        self.name = name
        self.position = position
        self.role = role
    }
}

public struct DocumentInfo: Sendable {
    public var kind: DocumentKind
    public var title: Located<String>?
    public var organisation: Organisation?
    /// The fiscal year reported on (BE), for annual documents.
    public var fiscalYear: Located<Int>?
    /// The plan period (BE, inclusive), for multi-year plans.
    public var period: Located<ClosedRange<Int>>?
    /// The date the document was issued or announced (`ประกาศ ณ วันที่ …`, a memo's `วันที่`).
    public var issued: Located<CalendarDate>?
    /// A memo's document number (`ที่ ศก ๗๔๑๐๑.๑/๑๖๗`).
    public var reference: Located<String>?
    public var signatories: [Signatory]

    public init(kind: DocumentKind = .unknown, title: Located<String>? = nil, organisation: Organisation? = nil,
                fiscalYear: Located<Int>? = nil, period: Located<ClosedRange<Int>>? = nil,
                issued: Located<CalendarDate>? = nil, reference: Located<String>? = nil, signatories: [Signatory] = []) {
        self.kind = kind
        self.title = title
        self.organisation = organisation
        self.fiscalYear = fiscalYear
        self.period = period
        self.issued = issued
        self.reference = reference
        self.signatories = signatories
    }

    /// The fiscal years the document covers: its period, or its one fiscal year.
    public var years: ClosedRange<Int>? {
        if let period { return period.value }
        if let fiscalYear { return fiscalYear.value...fiscalYear.value }
        return nil
    }
}

/// A dimension (มิติ) of the framework. `starred` marks the unscored groups (`๓*`, `*1`).
public struct Dimension: Sendable, Hashable {
    public var number: Int
    public var starred: Bool
    public var title: String?
    public var line: Int
    public var raw: String

    public init(number: Int, starred: Bool = false, title: String?, line: Int, raw: String) {
        self.number = number
        self.starred = starred
        self.title = title
        self.line = line
        self.raw = raw
    }

    /// `1`, or `1*` for a starred group: the key projects and totals refer to.
    public var key: String { starred ? "\(number)*" : "\(number)" }
}

/// A mission (ภารกิจ) within a dimension: `๑.๑ การเสริมสร้างจิตสำนึก…`.
public struct Mission: Sendable, Hashable {
    /// `1.1`, in Arabic digits.
    public var number: String
    public var dimension: Int
    public var title: String
    public var line: Int

    public init(number: String, dimension: Int, title: String, line: Int) {
        self.number = number
        self.dimension = dimension
        self.title = title
        self.line = line
    }
}
