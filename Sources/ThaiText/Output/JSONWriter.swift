/// A small streaming JSON writer: values are written in order with no intermediate dictionaries,
/// so key order is stable and output is fast. Commas are placed automatically.
public struct JSONWriter: Sendable {
    public private(set) var text = ""
    private var needsComma = [false]
    private var afterKey = false

    public init() {}

    public mutating func beginObject() { open("{") }
    public mutating func endObject() { close("}") }
    public mutating func beginArray() { open("[") }
    public mutating func endArray() { close("]") }

    public mutating func key(_ name: String) {
        separate()
        Self.appendString(name, to: &text)
        text += ":"
        afterKey = true
    }

    public mutating func string(_ value: String) { separate(); Self.appendString(value, to: &text) }
    public mutating func number(_ value: Int) { separate(); text += String(value) }
    public mutating func bool(_ value: Bool) { separate(); text += value ? "true" : "false" }
    public mutating func null() { separate(); text += "null" }
    /// A line break between values (JSON whitespace), so long documents diff line by line.
    public mutating func newline() { text += "\n" }

    public mutating func field(_ name: String, _ value: String) { key(name); string(value) }
    public mutating func field(_ name: String, _ value: Int) { key(name); number(value) }
    public mutating func field(_ name: String, _ value: Bool) { key(name); bool(value) }
    public mutating func field(_ name: String, _ value: String?) {
        key(name)
        if let value { string(value) } else { null() }
    }

    private mutating func open(_ bracket: String) {
        separate()
        text += bracket
        needsComma.append(false)
    }

    private mutating func close(_ bracket: String) {
        needsComma.removeLast()
        text += bracket
    }

    private mutating func separate() {
        if afterKey { afterKey = false; return }
        if needsComma[needsComma.count - 1] { text += "," }
        needsComma[needsComma.count - 1] = true
    }

    public static func quoted(_ value: String) -> String {
        var result = ""
        appendString(value, to: &result)
        return result
    }

    static func appendString(_ value: String, to output: inout String) {
        output += "\""
        // Most strings need no escaping: append them whole.
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            output += value
            output += "\""
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
