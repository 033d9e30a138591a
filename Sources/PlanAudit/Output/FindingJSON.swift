import ThaiText

/// `sarabun check --format json`: one object per finding, one per line.
public enum FindingJSON {
    public static func line(_ finding: Finding, file: String) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.field("file", file)
        json.field("rule", finding.rule)
        json.field("severity", finding.severity.rawValue)
        json.field("line", finding.line)
        json.field("column", finding.column)
        json.field("message", finding.message)
        json.key("evidence")
        json.beginArray()
        for item in finding.evidence {
            json.beginObject()
            json.field("line", item.line)
            if let endLine = item.endLine { json.field("endLine", endLine) }
            json.field("text", item.text)
            if let value = item.value { json.field("value", value) }
            if let note = item.note { json.field("note", note) }
            json.endObject()
        }
        json.endArray()
        if let expected = finding.expected { json.field("expected", expected) }
        if let actual = finding.actual { json.field("actual", actual) }
        if let corroboration = finding.corroboration { json.field("corroboration", corroboration) }
        json.endObject()
        return json.text
    }
}
