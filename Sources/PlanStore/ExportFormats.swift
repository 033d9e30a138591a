import GRDB
import ThaiText

/// RFC 4180: fields separated by commas, records ended by CRLF, a field holding a comma, quote or
/// line break quoted with its quotes doubled.
enum CSV {
    static func appendRecord(_ fields: [String], to text: inout String) {
        for (index, field) in fields.enumerated() {
            if index > 0 { text += "," }
            if field.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) {
                text += "\""
                text += field.replacing("\"", with: "\"\"")
                text += "\""
            } else {
                text += field
            }
        }
        text += "\r\n"
    }

    static func field(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: return ""
        case .int64(let number): return String(number)
        case .double(let number): return String(number)
        case .string(let string): return string
        case .blob(let data): return data.map { String($0, radix: 16) }.joined()
        }
    }
}

/// One JSON object per row: integers as numbers, text as strings (decimals stay exact strings),
/// columns named `…_json` nested as the JSON they hold.
enum JSONLine {
    static func append(_ row: Row, columns: [String], to text: inout String) {
        text += "{"
        for (index, column) in columns.enumerated() {
            if index > 0 { text += "," }
            let value: DatabaseValue = row[index]
            let nested = column.hasSuffix("_json")
            text += JSONWriter.quoted(nested ? String(column.dropLast(5)) : column)
            text += ":"
            switch value.storage {
            case .null: text += "null"
            case .int64(let number): text += String(number)
            case .double(let number): text += String(number)
            case .string(let string): text += nested ? string.replacing("\n", with: "") : JSONWriter.quoted(string)
            case .blob: text += "null"
            }
        }
        text += "}\n"
    }
}
