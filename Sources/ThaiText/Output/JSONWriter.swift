/// A small streaming JSON writer: values are written in order with no intermediate dictionaries,
/// so key order is stable and output is fast. Commas are placed automatically. The output is built
/// as UTF-8 bytes (appending to a `String` piece by piece cost more than the records themselves).
public struct JSONWriter: Sendable {
    private var bytes: [UInt8] = []
    private var needsComma = [false]
    private var afterKey = false

    public init() {}

    /// The JSON written so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    public mutating func key(_ name: String) {
        separate()
        Self.appendString(name, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        afterKey = true
    }

    public mutating func string(_ value: String) { separate(); Self.appendString(value, to: &bytes) }
    public mutating func number(_ value: Int) { separate(); bytes += String(value).utf8 }
    public mutating func bool(_ value: Bool) { separate(); bytes += (value ? "true" : "false").utf8 }
    public mutating func null() { separate(); bytes += "null".utf8 }
    /// A line break between values (JSON whitespace), so long documents diff line by line.
    public mutating func newline() { bytes.append(0x0A) }

    public mutating func field(_ name: String, _ value: String) { key(name); string(value) }
    public mutating func field(_ name: String, _ value: Int) { key(name); number(value) }
    public mutating func field(_ name: String, _ value: Bool) { key(name); bool(value) }
    public mutating func field(_ name: String, _ value: String?) {
        key(name)
        if let value { string(value) } else { null() }
    }
    public mutating func field(_ name: String, _ value: Int?) {
        key(name)
        if let value { number(value) } else { null() }
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        needsComma.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        needsComma.removeLast()
        bytes.append(bracket)
    }

    private mutating func separate() {
        if afterKey { afterKey = false; return }
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
    }

    public static func quoted(_ value: String) -> String {
        var result: [UInt8] = []
        appendString(value, to: &result)
        return String(decoding: result, as: UTF8.self)
    }

    static func appendString(_ value: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            // Most strings need no escaping: their bytes are appended whole, between the escapes.
            var start = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                switch byte {
                case UInt8(ascii: "\""): output += #"\""#.utf8
                case UInt8(ascii: "\\"): output += #"\\"#.utf8
                case 0x0A: output += #"\n"#.utf8
                case 0x0D: output += #"\r"#.utf8
                case 0x09: output += #"\t"#.utf8
                default:
                    let hex = String(byte, radix: 16)
                    output += "\\u".utf8
                    output += String(repeating: "0", count: 4 - hex.count).utf8
                    output += hex.utf8
                }
                start = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        output.append(UInt8(ascii: "\""))
    }
}
