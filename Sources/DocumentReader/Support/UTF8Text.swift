/// Text as UTF-8 bytes, for the reader's hot paths: Swift's `String` compares, splits and counts by
/// Character (grapheme cluster), which costs a table lookup per scalar. On the text these documents hold
/// — ASCII, Thai and common symbols ("simple" text) — Character boundaries are known from the bytes: every
/// scalar starts a Character except Thai vowel and tone marks (and LF after CR). Helpers here keep
/// String's Character semantics on simple text; callers fall back to String's own methods otherwise.
/// Text is NFC (the repairs see to it), so equal Characters are equal bytes.
typealias Bytes = UnsafeBufferPointer<UInt8>

extension StringProtocol {
    /// Calls `body` with the text's UTF-8 bytes, without copying when the storage is contiguous.
    @inline(__always)
    func withBytes<R>(_ body: (Bytes) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        return try Array(utf8).withUnsafeBufferPointer(body)
    }
}

enum UTF8Text {
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

    /// Thai vowel and tone marks that join the Character before them (Extend and SpacingMark).
    @inline(__always)
    static func isThaiJoiner(_ value: UInt32) -> Bool {
        value == 0x0E31 || value == 0x0E33 || (0x0E34...0x0E3A).contains(value) || (0x0E47...0x0E4E).contains(value)
    }

    /// Scalars of simple text: ASCII, Latin-1, Thai, general punctuation and symbols up to U+2BFF
    /// (not the joiners U+200C/D nor the combining marks for symbols), Wingdings private use.
    /// None of them joins a neighbour except the Thai marks.
    @inline(__always)
    static func isSimpleScalar(_ value: UInt32) -> Bool {
        if value < 0x100 { return true }
        if value >= 0x0E00 && value <= 0x0E7F { return true }
        if value >= 0x2000 && value <= 0x2BFF { return value != 0x200C && value != 0x200D && !(0x20D0...0x20FF).contains(value) }
        return value >= 0xF000 && value <= 0xF0FF
    }

    /// Whether every scalar of the text is simple (see `isSimpleScalar`).
    static func isSimple(_ bytes: Bytes) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            // Thai: E0 B8/B9 xx.
            if byte == 0xE0, index + 2 < count, bytes[index + 1] == 0xB8 || bytes[index + 1] == 0xB9 { index += 3; continue }
            let (value, width) = scalar(bytes, at: index)
            guard isSimpleScalar(value) else { return false }
            index += width
        }
        return true
    }

    /// Whether a Character of simple text starts at `offset` (a scalar's lead byte).
    @inline(__always)
    static func startsCharacter(_ bytes: Bytes, at offset: Int) -> Bool {
        guard offset > 0, offset < bytes.count else { return true }
        let byte = bytes[offset]
        if byte < 0x80 { return !(byte == 0x0A && bytes[offset - 1] == 0x0D) }
        guard isThaiJoiner(scalar(bytes, at: offset).value) else { return true }
        // A mark after a control (a line break, a soft hyphen…) stands alone.
        return isControl(scalar(bytes, at: scalarStart(bytes, before: offset)).value)
    }

    /// The simple scalars that are grapheme controls: nothing joins them.
    @inline(__always)
    static func isControl(_ value: UInt32) -> Bool {
        value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xAD || value == 0x200B || value == 0x200E || value == 0x200F
            || (0x2028...0x202E).contains(value) || (0x2060...0x206F).contains(value)
    }

    /// `Character.isNumber` of a Character starting with this scalar.
    @inline(__always)
    static func isNumber(_ value: UInt32) -> Bool {
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        if value >= 0x0E00 && value <= 0x0E7F { return value >= 0x0E50 && value <= 0x0E59 }
        return Unicode.Scalar(value)?.properties.numericType != nil
    }

    /// Calls `body` with the first scalar of each Character of simple text and whether the Character
    /// is that scalar alone; `body` returns false to stop.
    static func forEachCharacter(_ bytes: Bytes, _ body: (_ first: UInt32, _ alone: Bool) -> Bool) {
        var index = 0
        while index < bytes.count {
            let (first, width) = scalar(bytes, at: index)
            var next = index + width
            while next < bytes.count, !startsCharacter(bytes, at: next) { next += scalar(bytes, at: next).width }
            guard body(first, next == index + width) else { return }
            index = next
        }
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
            count += 8 - continuations.nonzeroBitCount
            if count > limit { return count }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
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

    /// Whether the text has at most `limit` scalars: its byte count decides most texts at once
    /// (a scalar is one to four bytes).
    @inline(__always)
    static func hasAtMostScalars(_ bytes: Bytes, _ limit: Int) -> Bool {
        if bytes.count <= limit { return true }
        if bytes.count > 4 * limit { return false }
        return scalarCount(bytes, upTo: limit) <= limit
    }

    static func equal(_ a: Bytes, _ b: Bytes) -> Bool {
        a.count == b.count && (a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0)
    }

    /// Whether `bytes` start with `prefix` as Strings see it: the same bytes, ending on a Character
    /// boundary of `bytes`. Nil when the text is not simple there, so the caller must ask String.
    @inline(__always)
    static func hasPrefix(_ bytes: Bytes, _ prefix: Bytes) -> Bool? {
        guard bytes.count >= prefix.count, prefix.count > 0,
              memcmp(bytes.baseAddress!, prefix.baseAddress!, prefix.count) == 0 else { return prefix.isEmpty ? true : false }
        if bytes.count == prefix.count { return true }
        let next = scalar(bytes, at: prefix.count).value
        let last = scalar(bytes, at: scalarStart(bytes, before: prefix.count)).value
        guard isSimpleScalar(next), isSimpleScalar(last) else { return nil }
        return startsCharacter(bytes, at: prefix.count)
    }

    /// Whether `bytes` end with `suffix` as Strings see it; nil when the text is not simple there.
    @inline(__always)
    static func hasSuffix(_ bytes: Bytes, _ suffix: Bytes) -> Bool? {
        let start = bytes.count - suffix.count
        guard start >= 0, suffix.count > 0, memcmp(bytes.baseAddress! + start, suffix.baseAddress!, suffix.count) == 0 else {
            return suffix.isEmpty ? true : false
        }
        if start == 0 { return true }
        let first = scalar(bytes, at: start).value
        let before = scalar(bytes, at: scalarStart(bytes, before: start)).value
        guard isSimpleScalar(first), isSimpleScalar(before) else { return nil }
        return startsCharacter(bytes, at: start)
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

extension StringProtocol {
    /// Whether the byte occurs in the text's UTF-8.
    func containsByte(_ byte: UInt8) -> Bool { withBytes { UTF8Text.contains($0, byte) } }

    /// `hasPrefix` with String's meaning, on bytes when the text is simple around the prefix's end.
    func hasPrefixFast(_ prefix: String) -> Bool {
        let answer = withBytes { bytes in prefix.withBytes { UTF8Text.hasPrefix(bytes, $0) } }
        return answer ?? hasPrefix(prefix)
    }

    /// `hasSuffix` with String's meaning, on bytes when the text is simple around the suffix's start.
    func hasSuffixFast(_ suffix: String) -> Bool {
        let answer = withBytes { bytes in suffix.withBytes { UTF8Text.hasSuffix(bytes, $0) } }
        return answer ?? hasSuffix(suffix)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Tests on eight bytes at once (a UInt64), for scans over every byte of a document.
enum SWAR {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether some byte of the word is below `limit` (at most 0x80).
    @inline(__always)
    static func hasByte(below limit: UInt8, in word: UInt64) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highBits != 0
    }

    /// Whether some byte of the word equals `byte`.
    @inline(__always)
    static func hasByte(_ byte: UInt8, in word: UInt64) -> Bool {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highBits != 0
    }
}

/// Text as a dictionary key, hashed and compared as bytes: String hashes its normalised form, a
/// walk through Unicode tables for every scalar. (The text is NFC, so equal Strings are equal bytes.)
struct ByteKey: Hashable {
    let bytes: [UInt8]

    init(bytes: [UInt8]) { self.bytes = bytes }
    init(_ text: some StringProtocol) { bytes = text.withBytes { Array($0) } }

    /// The hasher gets a digest of the bytes, eight at a time, instead of every byte.
    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBufferPointer { hasher.combine(UTF8Text.digest($0)) }
    }

    static func == (a: ByteKey, b: ByteKey) -> Bool {
        a.bytes.withUnsafeBufferPointer { a in b.bytes.withUnsafeBufferPointer { b in UTF8Text.equal(a, b) } }
    }
}
