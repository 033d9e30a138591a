/// The JSON form of tokens, as `sarabun scan --format json` prints them: one object per token per line.
///
/// Values are exact: money and numbers as decimal strings in baht, years as `{"be":2566,"ce":2023}`,
/// dates as `{"ce":"2023-10-19","be":"2566-10-19"}`, fiscal years with their first and last day.
public enum TokenJSON {
    /// One token as a JSON object (no trailing newline).
    public static func object(_ token: Token, file: String, text: UnsafeBufferPointer<UInt8>) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.field("file", file)
        json.field("line", token.span.start.line)
        json.field("column", token.span.start.column)
        json.field("endLine", token.span.end.line)
        json.field("endColumn", token.span.end.column)
        json.key("bytes")
        json.beginArray(); json.number(token.span.start.offset); json.number(token.span.end.offset); json.endArray()
        json.field("kind", token.kind.rawValue)
        json.field("raw", String(decoding: UnsafeBufferPointer(rebasing: text[token.span.bytes]), as: UTF8.self))
        writeValue(token.value, into: &json)
        json.endObject()
        return json.text
    }

    /// Writes `"value": …` and any companion fields (classifier, comparator, era, words).
    public static func writeValue(_ value: TokenValue, into json: inout JSONWriter) {
        json.key("value")
        switch value {
        case .number(let number):
            json.string(number.description)
        case .money(let amount, let words):
            json.string(amount.description)
            if let words {
                json.key("words")
                json.beginObject()
                json.field("value", words.amount.description)
                json.field("line", words.span.start.line)
                json.field("column", words.span.start.column)
                json.field("agrees", words.amount == amount)
                json.endObject()
            }
        case .percent(let number, let comparator):
            json.string(number.description)
            if let comparator { json.field("comparator", comparator.rawValue) }
        case .count(let number, let classifier):
            json.string(number.description)
            json.field("classifier", classifier)
        case .range(let from, let to, let classifier):
            json.beginObject(); json.field("from", from.description); json.field("to", to.description); json.endObject()
            if let classifier { json.field("classifier", classifier) }
        case .year(let value, let era):
            year(value, &json)
            json.field("era", era.rawValue)
        case .yearRange(let from, let to):
            json.beginObject(); json.key("from"); year(from, &json); json.key("to"); year(to, &json); json.endObject()
        case .date(let value):
            date(value, &json)
        case .monthYear(let month):
            json.beginObject(); json.field("ce", month.isoCE); json.field("be", month.isoBE); json.endObject()
        case .dateRange(let from, let to):
            json.beginObject(); json.key("from"); bound(from, &json); json.key("to"); bound(to, &json); json.endObject()
        case .fiscalYear(let fiscal):
            fiscalYear(fiscal, &json)
        case .fiscalYearRange(let from, let to):
            json.beginObject()
            json.field("from", from.be)
            json.field("to", to.be)
            json.field("start", from.start.isoCE)
            json.field("end", to.end.isoCE)
            json.endObject()
        case .fiscalYearList(let years):
            json.beginArray()
            for fiscal in years { fiscalYear(fiscal, &json) }
            json.endArray()
        case .quarter(let number):
            json.number(number)
        case .quarterRange(let from, let to):
            json.beginObject(); json.field("from", from); json.field("to", to); json.endObject()
        case .tick(let state):
            json.beginObject(); json.field("state", state.rawValue); json.endObject()
        case .ordinal(let number, let noun):
            json.number(number)
            json.field("of", noun)
        case .identifier(let identifier):
            json.string(identifier)
        case .malformed(let reason):
            json.beginObject(); json.field("malformed", reason); json.endObject()
        }
    }

    private static func year(_ year: ThaiYear, _ json: inout JSONWriter) {
        json.beginObject(); json.field("be", year.be); json.field("ce", year.ce); json.endObject()
    }

    private static func date(_ date: CalendarDate, _ json: inout JSONWriter) {
        json.beginObject(); json.field("ce", date.isoCE); json.field("be", date.isoBE); json.endObject()
    }

    private static func bound(_ bound: TokenValue.DateBound, _ json: inout JSONWriter) {
        switch bound {
        case .day(let day): date(day, &json)
        case .month(let month):
            json.beginObject(); json.field("ce", month.isoCE); json.field("be", month.isoBE); json.endObject()
        }
    }

    private static func fiscalYear(_ fiscal: FiscalYear, _ json: inout JSONWriter) {
        json.beginObject()
        json.field("be", fiscal.be)
        json.field("start", fiscal.start.isoCE)
        json.field("end", fiscal.end.isoCE)
        json.endObject()
    }
}
