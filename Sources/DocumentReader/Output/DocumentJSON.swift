import ThaiText

/// The JSON form of a read document, as `sarabun blocks --format json` prints it: one object per file,
/// a line per block and per table row so that golden files diff line by line.
public enum DocumentJSON {
    public static func object(_ document: Document, file: String) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.field("file", file)
        json.field("format", document.format.rawValue)
        json.field("encoding", document.encoding.rawValue)
        json.key("blocks")
        json.beginArray()
        for block in document.blocks {
            json.newline()
            write(block, into: &json)
        }
        json.endArray()
        json.newline()
        json.key("warnings")
        json.beginArray()
        for warning in document.warnings {
            json.beginObject()
            json.field("line", warning.line)
            json.field("column", warning.column)
            json.field("message", warning.message)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return json.text
    }

    static func write(_ block: Block, into json: inout JSONWriter) {
        json.beginObject()
        json.field("type", block.kind.rawValue)
        json.field("line", block.source.line)
        json.field("column", block.source.column)
        json.field("endLine", block.source.endLine)
        // Only where the text's lines do not follow the source's (HTML paragraphs apart in the markup, a
        // page break between them): the source line of each line of `text`.
        if let sources = block.lineSources { lines("lineSources", sources, into: &json) }
        if let level = block.level { json.field("level", level) }
        if let marker = block.marker { json.field("marker", marker) }
        if let artefact = block.artefact { json.field("artefact", artefact.rawValue) }
        if let table = block.table {
            write(table, into: &json)
        } else {
            json.field("text", block.text)
            if block.text != block.rawText { json.field("raw", block.rawText) }
        }
        if !block.repairs.isEmpty {
            json.key("repairs")
            json.beginArray()
            for repair in block.repairs {
                json.beginObject(); json.field("kind", repair.kind.rawValue); json.field("line", repair.line); json.endObject()
            }
            json.endArray()
        }
        json.endObject()
    }

    static func write(_ table: Table, into json: inout JSONWriter) {
        json.field("title", table.title)
        json.key("header")
        json.beginArray()
        for label in table.header { json.string(label) }
        json.endArray()
        lines("headerLines", table.headerRows.map(\.source.line), into: &json)
        json.key("pieces")
        json.beginArray()
        for piece in table.pieces {
            json.beginObject()
            json.field("line", piece.source.line)
            json.field("endLine", piece.source.endLine)
            lines("repeatedLines", piece.repeatedLines, into: &json)
            json.endObject()
        }
        json.endArray()
        json.key("rows")
        json.beginArray()
        for row in table.rows {
            json.newline()
            write(row, into: &json)
        }
        json.endArray()
    }

    static func write(_ row: TableRow, into json: inout JSONWriter) {
        json.beginObject()
        json.field("line", row.source.line)
        json.field("endLine", row.source.endLine)
        json.field("kind", row.kind.rawValue)
        if !row.joinedLines.isEmpty { lines("joinedLines", row.joinedLines, into: &json) }
        json.key("cells")
        json.beginArray()
        for cell in row.cells { write(cell, into: &json) }
        json.endArray()
        if !row.items.isEmpty {
            json.key("items")
            json.beginArray()
            for item in row.items {
                json.beginObject()
                json.field("marker", item.marker)
                json.field("number", item.number)
                json.field("text", item.text)
                json.field("aligned", item.aligned)
                if !item.values.isEmpty {
                    json.key("values")
                    json.beginObject()
                    for column in item.values.keys.sorted() { json.field(String(column), item.values[column]!) }
                    json.endObject()
                }
                json.endObject()
            }
            json.endArray()
        }
        json.endObject()
    }

    /// `"key":[12,13]`: a list of source lines.
    static func lines(_ key: String, _ lines: [Int], into json: inout JSONWriter) {
        json.key(key)
        json.beginArray()
        for line in lines { json.number(line) }
        json.endArray()
    }

    static func write(_ cell: TableCell, into json: inout JSONWriter) {
        json.beginObject()
        json.field("text", cell.text)
        if cell.rawText != cell.text && !cell.rawText.isEmpty { json.field("raw", cell.rawText) }
        json.field("line", cell.source.line)
        json.field("column", cell.source.column)
        if cell.source.endLine != cell.source.line { json.field("endLine", cell.source.endLine) }
        if cell.columnSpan > 1 { json.field("colspan", cell.columnSpan) }
        if cell.rowSpan > 1 { json.field("rowspan", cell.rowSpan) }
        if let owner = cell.coveredBy { json.field("coveredBy", owner) }
        if let tick = cell.tick { json.field("tick", tick.rawValue) }
        if !cell.tokens.isEmpty {
            json.key("tokens")
            json.beginArray()
            for token in cell.tokens {
                json.beginObject()
                json.field("kind", token.kind.rawValue)
                TokenJSON.writeValue(token.value, into: &json)
                json.endObject()
            }
            json.endArray()
        }
        json.endObject()
    }
}
