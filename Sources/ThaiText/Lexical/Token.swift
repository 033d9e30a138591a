/// One thing the lexical scanner recognised, with its exact place and value.
public struct Token: Hashable, Sendable {
    public var kind: TokenKind
    public var value: TokenValue
    public var span: SourceSpan

    public init(kind: TokenKind, value: TokenValue, span: SourceSpan) {
        self.kind = kind
        self.value = value
        self.span = span
    }

    public var line: Int { span.start.line }
    public var column: Int { span.start.column }

    /// The token's raw text, cut from the text it was scanned in.
    public func raw(in text: some Collection<UInt8>) -> String {
        let bytes = text.dropFirst(span.start.offset).prefix(span.end.offset - span.start.offset)
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// What kind of token: the names are the `kind` strings of `sarabun scan --format json`.
public enum TokenKind: String, Hashable, Sendable, CaseIterable {
    case number               // 30,000.00 · ๑๒ · 25.11
    case numberWords          // สิบห้า · หนึ่งแสนเจ็ดหมื่นแปดพัน
    case money                // ๓๐,๐๐๐ บาท · ๒๐,๐๐๐.- บาท (สองหมื่นบาทถ้วน)
    case moneyWords           // (สามแสนบาทถ้วน) with no figure beside it
    case percent              // ร้อยละ ๘๐ · 25.11%
    case count                // ๑๐ มาตรการ · ๕๐๐ คน
    case range                // ๑๖ - ๒๕ ปี
    case year                 // พ.ศ. ๒๕๖๖ · ๒๕๖๖ · ค.ศ. 2023 · ปี 66
    case yearRange            // พ.ศ. ๒๕๖๖ - ๒๕๗๐
    case date                 // ๑๙ ตุลาคม พ.ศ. ๒๕๖๖ · ๑ ต.ค. ๖๖
    case monthYear            // กันยายน ๒๕๖๕
    case dateRange            // ๑ - ๑๕ ตุลาคม ๒๕๖๖ · ตุลาคม ๒๕๖๕ - กันยายน ๒๕๖๖
    case fiscalYear           // ปีงบประมาณ พ.ศ. ๒๕๖๖
    case fiscalYearRange      // ปีงบประมาณ พ.ศ. ๒๕๖๖ - ๒๕๗๐
    case fiscalYearList       // ปีงบประมาณ พ.ศ.๒๕๖๖ พ.ศ.๒๕๖๘ และ พ.ศ.๒๕๗๐
    case quarter              // ไตรมาสที่ ๑
    case quarterRange         // ไตรมาสที่ ๑ - ๔
    case tick                 // ☑ · <input type=checkbox checked> · Wingdings þ
    case ordinal              // มิติที่ ๑ · ลำดับที่ ๑๔ · ตัวชี้วัดที่ ๑๐
    case outlineMarker        // ๒.๑ · ๒.๑.๑) · (๑) · ๑)
    case documentNumber       // ศก ๗๔๑๐๑.๑/๑๖๗ · มท ๐๔๑๓/ว ๑๕๕๓
    case formCode             // ปค.๑
    case lawReference         // มาตรา ๑๖(๑๖) · ข้อ ๒๙ (๓)
    case abbreviation         // ก.พ.ร. · พ.ร.บ. · ป.ป.ช. (dotted, never a month)
    case malformedNumber      // ๑๒,,๐๐๐ · 1O,000.00 · 12,3456 บาท (a figure as written that is no number)
    case malformedDate        // ๓๑ กุมภาพันธ์ ๒๕๖๖ (a date as written that no calendar has)
}

/// Tick states: a status or schedule box as the document marks it.
public enum TickState: String, Hashable, Sendable {
    case checked, unchecked, crossed
    /// `()` where the export lost the box: there was a box, its state is unknown.
    case unknown
}

/// How a stated percentage relates to its figure: `ไม่น้อยกว่าร้อยละ ๘๐` is `atLeast 80`.
public enum Comparator: String, Hashable, Sendable {
    case atLeast, atMost, moreThan, lessThan, decreaseBy, increaseBy
}

/// A money amount written in Thai words, e.g. `(-ห้าหมื่นบาทถ้วน-)`.
public struct MoneyInWords: Hashable, Sendable {
    public var amount: ExactDecimal
    public var span: SourceSpan
    public init(amount: ExactDecimal, span: SourceSpan) {
        self.amount = amount
        self.span = span
    }
}

/// Exact values of tokens.
public enum TokenValue: Hashable, Sendable {
    case number(ExactDecimal)
    /// Money in baht; `words` is the amount written in words beside the figure, if any.
    case money(ExactDecimal, words: MoneyInWords?)
    case percent(ExactDecimal, comparator: Comparator?)
    case count(ExactDecimal, classifier: String)
    case range(from: ExactDecimal, to: ExactDecimal, classifier: String?)
    case year(ThaiYear, era: Era)
    case yearRange(from: ThaiYear, to: ThaiYear)
    case date(CalendarDate)
    case monthYear(YearMonth)
    case dateRange(from: DateBound, to: DateBound)
    case fiscalYear(FiscalYear)
    case fiscalYearRange(from: FiscalYear, to: FiscalYear)
    case fiscalYearList([FiscalYear])
    case quarter(Int)
    case quarterRange(from: Int, to: Int)
    case tick(TickState)
    /// `มิติที่ ๑`: the number and the word it numbers (misspellings such as มิต, มติ read as มิติ).
    case ordinal(Int, of: String)
    /// Identifiers keep their text with Arabic digits, e.g. `2.1.1`, `ศก 74101.1/167`, `16(16)`.
    case identifier(String)
    /// A figure that cannot be read as written, and why (`a doubled separator`): never a value made up from it.
    case malformed(reason: String)

    /// How a year was written.
    public enum Era: String, Hashable, Sendable {
        case buddhist        // พ.ศ., พุทธศักราช
        case common          // ค.ศ.
        case bare            // ๒๕๖๖ with no era word (read as BE)
        case twoDigit        // ปี 66, ต.ค. ๖๖ (read as BE 25xx)
    }

    /// One end of a date range: a whole date, or a month of a year.
    public enum DateBound: Hashable, Sendable {
        case day(CalendarDate)
        case month(YearMonth)
    }
}

extension TokenValue {
    /// The Buddhist-era year a year or a fiscal year names (`พ.ศ. ๒๕๖๖`, `ปีงบประมาณ ๒๕๖๗`); nil for any other value.
    public var namedYear: Int? {
        switch self {
        case .year(let year, _): return year.be
        case .fiscalYear(let year): return year.be
        default: return nil
        }
    }
}
