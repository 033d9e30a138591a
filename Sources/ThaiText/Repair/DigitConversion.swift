/// Thai ↔ Arabic digit conversion on UTF-8 bytes.
///
/// Thai digits ๐–๙ are E0 B9 90–99 in UTF-8, Arabic digits are 30–39: converting to Arabic shrinks
/// the text, so it is done in place in one pass; converting to Thai grows it, into a new buffer.
public enum DigitConversion {
    public enum Style: String, Sendable, CaseIterable {
        case arabic, thai, keep
    }

    /// Converts Thai digits to Arabic in place; returns the new length.
    public static func thaiToArabicInPlace(_ buffer: UnsafeMutableBufferPointer<UInt8>, count: Int) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var read = 0
        var write = 0
        // Sixteen places a step: a place opens a Thai digit when its byte is E0, the next B9 and the one after
        // 90–99 (three loads, one offset apart). A step with none is moved down whole, or left where it is
        // until the first digit has shrunk the text; a step with one is moved down to that digit, which is converted.
        let leads = ByteVector.Bytes16(repeating: 0xE0), seconds = ByteVector.Bytes16(repeating: 0xB9)
        let zero = ByteVector.Bytes16(repeating: 0x90), ten = ByteVector.Bytes16(repeating: 10)
        let raw = UnsafeRawPointer(base)
        while read + 18 <= count {
            let chunk = raw.loadUnaligned(fromByteOffset: read, as: ByteVector.Bytes16.self)
            let opens = (chunk .== leads)
                .& (raw.loadUnaligned(fromByteOffset: read + 1, as: ByteVector.Bytes16.self) .== seconds)
                .& ((raw.loadUnaligned(fromByteOffset: read + 2, as: ByteVector.Bytes16.self) &- zero) .< ten)
            guard ByteVector.any(opens) else {
                // Stored from the register: the bytes it overwrites past `read` are this step's, already loaded.
                if write != read { UnsafeMutableRawPointer(base + write).storeBytes(of: chunk, as: ByteVector.Bytes16.self) }
                read += 16
                write += 16
                continue
            }
            // The first digit's lane: each set lane is a byte of ones.
            let lanes = unsafeBitCast(opens, to: SIMD2<UInt64>.self)
            let first = lanes[0] != 0 ? lanes[0].trailingZeroBitCount / 8 : 8 + lanes[1].trailingZeroBitCount / 8
            if write != read { (base + write).update(from: base + read, count: first) }
            read += first
            write += first
            base[write] = base[read + 2] &- 0x90 &+ 0x30
            read += 3
            write += 1
        }
        // The last places, a byte at a time.
        while read < count {
            let byte = buffer[read]
            if byte == 0xE0, read + 2 < count, buffer[read + 1] == 0xB9, buffer[read + 2] &- 0x90 < 10 {
                buffer[write] = buffer[read + 2] &- 0x90 &+ 0x30
                read += 3
            } else {
                buffer[write] = byte
                read += 1
            }
            write += 1
        }
        return write
    }

    /// Appends `input` to `output` with Arabic digits turned into Thai digits.
    public static func arabicToThai(_ input: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        output.reserveCapacity(output.count + input.count + input.count / 4)
        for byte in input {
            if byte &- 0x30 < 10 {
                output.append(0xE0)
                output.append(0xB9)
                output.append(byte &- 0x30 &+ 0x90)
            } else {
                output.append(byte)
            }
        }
    }

    /// Whether the text holds an Arabic or a Thai digit (one pass over its bytes).
    public static func containsDigit(_ string: String) -> Bool {
        var copy = string
        return copy.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte &- 0x30 < 10 { return true }
                if byte == 0xE0, index + 2 < bytes.count, bytes[index + 1] == 0xB9, bytes[index + 2] &- 0x90 < 10 { return true }
                index += 1
            }
            return false
        }
    }

    public static func toArabic(_ string: String) -> String {
        var bytes = Array(string.utf8)
        let length = bytes.withUnsafeMutableBufferPointer { thaiToArabicInPlace($0, count: $0.count) }
        return String(decoding: bytes[..<length], as: UTF8.self)
    }

    public static func toThai(_ string: String) -> String {
        var output: [UInt8] = []
        var copy = string
        copy.withUTF8 { arabicToThai($0, into: &output) }
        return String(decoding: output, as: UTF8.self)
    }
}
