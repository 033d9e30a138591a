#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Text as UTF-8 bytes, for the reader's hot paths. The text is valid UTF-8 (decoded) and NFC (the
/// repairs see to it), so equal Strings are equal bytes; see `SimpleText.swift` for Characters.
typealias Bytes = UnsafeBufferPointer<UInt8>

extension StringProtocol {
    /// Calls `body` with the text's UTF-8 bytes, without copying when the storage is contiguous.
    @inline(__always)
    func withBytes<R>(_ body: (Bytes) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        return try Array(utf8).withUnsafeBufferPointer(body)
    }

    /// The first byte of the text's UTF-8 (the generic `utf8.first` walks indices).
    var firstByte: UInt8? { withBytes { $0.first } }

    /// The last byte of the text's UTF-8.
    var lastByte: UInt8? { withBytes { $0.last } }

    /// Whether the byte occurs in the text's UTF-8.
    func containsByte(_ byte: UInt8) -> Bool { withBytes { UTF8Text.contains($0, byte) } }
}

extension String {
    /// A String of UTF-8 bytes (validated, and repaired if they are not UTF-8). `String(decoding:as:)`
    /// measured faster on these documents' lines than `String(unsafeUninitializedCapacity:…)`.
    @inline(__always)
    init(utf8 bytes: Bytes) {
        self.init(decoding: bytes, as: UTF8.self)
    }

    /// A String of bytes known to be valid UTF-8: a document's lines and cells, cut at ASCII bytes
    /// (LF, tab, space) from text the decoder validated and the repairs kept valid. Copied without
    /// the standard library's second, byte-by-byte validation (a fifth of reading a text export).
    init(validUTF8 bytes: Bytes) {
        assert(String(validating: bytes, as: UTF8.self) != nil, "not UTF-8")
        self.init(copying: unsafe UTF8Span(unchecked: bytes.span, isKnownASCII: UTF8Text.isASCII(bytes)))
    }
}

enum UTF8Text {
    /// Whether every byte is below 0x80, eight at a time.
    static func isASCII(_ bytes: Bytes) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var high: UInt64 = 0
        var index = 0
        while index + 8 <= bytes.count {
            high |= UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            index += 8
        }
        while index < bytes.count {
            high |= UInt64(bytes[index])
            index += 1
        }
        return high & SWAR.highBits == 0
    }

    /// The scalar starting at `offset` (a lead byte) and its width in bytes. The text is valid UTF-8.
    @inline(__always)
    static func scalar(_ bytes: Bytes, at offset: Int) -> (value: UInt32, width: Int) {
        let lead = UInt32(bytes[offset])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F), 3)
        }
        return ((lead & 0x07) << 18 | UInt32(bytes[offset + 1] & 0x3F) << 12
                | UInt32(bytes[offset + 2] & 0x3F) << 6 | UInt32(bytes[offset + 3] & 0x3F), 4)
    }

    /// The lead byte of the scalar that ends just before `end`.
    @inline(__always)
    static func scalarStart(_ bytes: Bytes, before end: Int) -> Int {
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    /// Whether the scalar at `offset` is a Thai letter or mark (U+0E01–U+0E4E, not ฿).
    @inline(__always)
    static func isThaiLetterOrMark(_ bytes: Bytes, at offset: Int) -> Bool {
        guard offset + 2 < bytes.count, bytes[offset] == 0xE0 else { return false }
        let second = bytes[offset + 1], third = bytes[offset + 2]
        if second == 0xB8 { return third >= 0x81 && third <= 0xBE } // U+0E01–U+0E3E (U+0E3F ฿ excluded)
        if second == 0xB9 { return third >= 0x80 && third <= 0x8E } // U+0E40–U+0E4E
        return false
    }

    /// The value of an ASCII or Thai digit at `offset` and its width, or nil.
    @inline(__always)
    static func digit(_ bytes: Bytes, at offset: Int) -> (value: Int, width: Int)? {
        guard offset < bytes.count else { return nil }
        let byte = bytes[offset]
        if byte >= 0x30 && byte <= 0x39 { return (Int(byte - 0x30), 1) }
        if byte == 0xE0, offset + 2 < bytes.count, bytes[offset + 1] == 0xB9, bytes[offset + 2] >= 0x90, bytes[offset + 2] <= 0x99 {
            return (Int(bytes[offset + 2] - 0x90), 3)
        }
        return nil
    }

    /// Unicode scalars in the text, counting stopped past `limit` (the result is then above `limit`).
    static func scalarCount(_ bytes: Bytes, upTo limit: Int) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var count = 0
        var index = 0
        // Eight bytes at a time: every byte that is not a continuation byte (10xxxxxx) starts a scalar.
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let continuations = word & ~(word << 1) & 0x8080_8080_8080_8080
            count += 8 - SWAR.countHighBits(continuations)
            if count > limit { return count }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }

    /// Whether the text has at most `limit` scalars: its byte count decides most texts at once
    /// (a scalar is one to four bytes).
    @inline(__always)
    static func hasAtMostScalars(_ bytes: Bytes, _ limit: Int) -> Bool {
        if bytes.count <= limit { return true }
        if bytes.count > 4 * limit { return false }
        return scalarCount(bytes, upTo: limit) <= limit
    }

    /// A quick 64-bit digest of the bytes (multiply-xor, eight bytes a step), for hashing long keys.
    static func digest(_ bytes: Bytes) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var index = 0
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
                hash ^= hash >> 32
                index += 8
            }
        }
        var tail: UInt64 = 0
        while index < bytes.count { tail = tail << 8 | UInt64(bytes[index]); index += 1 }
        hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ hash >> 29
    }

    static func equal(_ a: Bytes, _ b: Bytes) -> Bool {
        a.count == b.count && (a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0)
    }

    /// Whether the byte occurs in the text (memchr).
    @inline(__always)
    static func contains(_ bytes: Bytes, _ byte: UInt8) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        return memchr(base, Int32(byte), bytes.count) != nil
    }

    /// First offset of `needle` in `bytes` at or after `from`, compared as bytes.
    static func find(_ needle: Bytes, in bytes: Bytes, from: Int = 0) -> Int? {
        guard let first = needle.first else { return from }
        guard bytes.count >= needle.count else { return nil }
        let last = bytes.count - needle.count
        var index = from
        while index <= last {
            guard let found = memchr(bytes.baseAddress! + index, Int32(first), last - index + 1) else { return nil }
            index = bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if memcmp(bytes.baseAddress! + index, needle.baseAddress!, needle.count) == 0 { return index }
            index += 1
        }
        return nil
    }
}
