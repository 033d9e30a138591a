import CICU

/// Swift faces of the ICU services sarabun uses (through the plain-C shim `CICU`).
public enum ICU {
    public static var version: String { String(cString: sarabun_icu_version()) }

    public struct Failure: Error, CustomStringConvertible {
        public var code: Int32
        public var operation: String
        public var description: String { "ICU \(operation) failed (error \(code))" }
    }

    /// Converts bytes in a legacy encoding (an ICU converter name such as `windows-874-2000`) to UTF-8.
    public static func convertToUTF8(_ bytes: UnsafeBufferPointer<UInt8>, from encoding: String) throws -> [UInt8] {
        try utf8Transform(bytes, operation: "conversion from \(encoding)") { source, count, target, capacity, status in
            sarabun_convert_to_utf8(encoding, source, count, target, capacity, &status)
        }
    }

    /// NFC normalisation of UTF-8 text.
    public static func nfc(_ bytes: UnsafeBufferPointer<UInt8>) throws -> [UInt8] {
        try utf8Transform(bytes, operation: "NFC normalisation") { source, count, target, capacity, status in
            sarabun_nfc_utf8(source, count, target, capacity, &status)
        }
    }

    /// Runs a shim call that writes UTF-8 into a buffer, growing the buffer when ICU says it overflowed.
    private static func utf8Transform(
        _ bytes: UnsafeBufferPointer<UInt8>, operation: String,
        _ call: (UnsafePointer<CChar>?, Int32, UnsafeMutablePointer<CChar>?, Int32, inout Int32) -> Int32
    ) throws -> [UInt8] {
        guard !bytes.isEmpty else { return [] }
        let overflow: Int32 = 15 // U_BUFFER_OVERFLOW_ERROR
        var capacity = Int32(clamping: bytes.count * 3 + 16)
        while true {
            var status: Int32 = 0
            var output = [UInt8](repeating: 0, count: Int(capacity))
            let length = output.withUnsafeMutableBufferPointer { destination in
                bytes.withMemoryRebound(to: CChar.self) { source in
                    destination.withMemoryRebound(to: CChar.self) { target in
                        call(source.baseAddress, Int32(clamping: source.count), target.baseAddress, capacity, &status)
                    }
                }
            }
            if status == overflow { capacity = length + 16; continue }
            guard status <= 0 else { throw Failure(code: status, operation: operation) }
            output.removeSubrange(Int(length)...)
            return output
        }
    }

    /// Word boundaries (byte offsets, including 0 and the end) under ICU's Thai dictionary break iterator.
    public static func thaiWordBoundaries(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        guard !bytes.isEmpty else { return [0] }
        var capacity = Int32(clamping: bytes.count / 2 + 8)
        while true {
            var offsets = [Int32](repeating: 0, count: Int(capacity))
            var status: Int32 = 0
            let found = offsets.withUnsafeMutableBufferPointer { target in
                bytes.withMemoryRebound(to: CChar.self) { source in
                    sarabun_thai_word_boundaries(source.baseAddress, Int32(clamping: source.count),
                                                 target.baseAddress, nil, capacity, &status)
                }
            }
            if status > 0 { return [0, bytes.count] }
            if found > capacity { capacity = found; continue }
            return offsets[..<Int(found)].map(Int.init)
        }
    }

    public static func thaiWordBoundaries(_ text: String) -> [Int] {
        var copy = text
        return copy.withUTF8 { thaiWordBoundaries($0) }
    }

    /// Splits Thai text into dictionary words.
    public static func thaiWords(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        let boundaries = bytes.withUnsafeBufferPointer { thaiWordBoundaries($0) }
        return zip(boundaries, boundaries.dropFirst()).map { String(decoding: bytes[$0.0..<$0.1], as: UTF8.self) }
    }
}
