#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ThaiText

/// Characters on bytes. Swift's `String` compares, splits and counts by Character (grapheme cluster),
/// which costs a table lookup per scalar. On the text these documents hold — ASCII, Thai and common
/// symbols ("simple" text) — Character boundaries are known from the bytes: every scalar starts a
/// Character except Thai vowel and tone marks (and LF after CR). These helpers keep String's Character
/// semantics on simple text; callers fall back to String's own methods otherwise.
extension UTF8Text {
    /// Thai vowel and tone marks that join the Character before them (Extend and SpacingMark).
    @inline(__always)
    static func isThaiJoiner(_ value: UInt32) -> Bool {
        (0x0E00...0x0E7F).contains(value) && ThaiScript.joinsCharacterBefore(UInt8(value - 0x0E00))
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
}

extension StringProtocol {
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
