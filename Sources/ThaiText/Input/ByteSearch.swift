#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finding bytes in UTF-8 text.
public enum ByteSearch {
    /// Where `needle` first occurs in `text`, found on its UTF-8 bytes (no grapheme or normalisation work).
    public static func range(of needle: [UInt8], in text: Substring) -> Range<String.Index>? {
        guard !needle.isEmpty else { return nil }
        let utf8 = text.utf8
        let search = { (haystack: UnsafeBufferPointer<UInt8>) in
            needle.withUnsafeBufferPointer { firstOffset(of: $0, in: haystack) }
        }
        let offset = utf8.withContiguousStorageIfAvailable(search) ?? Array(utf8).withUnsafeBufferPointer(search)
        guard let offset else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: needle.count)
    }

    /// Every byte offset where `needle` begins in `haystack`, in order.
    public static func offsets(of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> [Int] {
        var found: [Int] = []
        needle.withUnsafeBufferPointer { needle in
            var from = 0
            while from < haystack.count, let offset = firstOffset(of: needle, in: UnsafeBufferPointer(rebasing: haystack[from...])) {
                found.append(from + offset)
                from += offset + 1
            }
        }
        return found
    }

    /// Whether `haystack` holds `length` copies of `byte` in a row: sixteen places compared at a time (a
    /// memchr for a byte as common as a space returned at almost every word, each call costing more than the
    /// bytes it passed).
    public static func containsRun(of byte: UInt8, length: Int, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard length > 0, haystack.count >= length, let base = haystack.baseAddress else { return length <= 0 }
        let raw = UnsafeRawPointer(base)
        let wanted = ByteVector.Bytes16(repeating: byte)
        var start = 0
        // Every place from `start` to `start + 15` tried at once: lane k of the shifted load `shift` is the byte
        // `shift` after place k.
        while start + 15 + length <= haystack.count {
            var found = raw.loadUnaligned(fromByteOffset: start, as: ByteVector.Bytes16.self) .== wanted
            for shift in 1..<length {
                found .&= raw.loadUnaligned(fromByteOffset: start + shift, as: ByteVector.Bytes16.self) .== wanted
            }
            if ByteVector.any(found) { return true }
            start += 16
        }
        var run = 0
        // The places left (and the bytes a run from them may reach), one by one.
        var index = start
        while index < haystack.count {
            run = haystack[index] == byte ? run + 1 : 0
            if run >= length { return true }
            index += 1
        }
        return false
    }

    /// The byte offset of `needle` in `haystack`. Thai letters all begin with E0 B8 or E0 B9, so two bytes
    /// that tell letters apart are compared at sixteen places at a time: the needle's first byte that is not
    /// E0, B8 or B9, and its last byte. Only where both stand is the whole needle compared. (memchr for one
    /// letter's byte stopped at that letter all through a paragraph, a call each time.)
    public static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count, let base = haystack.baseAddress,
              let needleBase = needle.baseAddress else { return nil }
        let anchor = needle.firstIndex { $0 != 0xE0 && $0 != 0xB8 && $0 != 0xB9 } ?? 0
        let lastIndex = needle.count - 1
        let last = haystack.count - needle.count
        let raw = UnsafeRawPointer(base)
        let anchors = ByteVector.Bytes16(repeating: needle[anchor])
        let lasts = ByteVector.Bytes16(repeating: needle[lastIndex])
        var start = 0
        // Sixteen candidate places a step: lane k is the place `start + k`.
        while start + 15 <= last {
            let found = (raw.loadUnaligned(fromByteOffset: start + anchor, as: ByteVector.Bytes16.self) .== anchors)
                .& (raw.loadUnaligned(fromByteOffset: start + lastIndex, as: ByteVector.Bytes16.self) .== lasts)
            // Most steps have no candidate at all.
            guard ByteVector.any(found) else { start += 16; continue }
            let lanes = unsafeBitCast(found, to: SIMD2<UInt64>.self)
            // The set lanes in order, the low half first: each is a byte of ones.
            for half in 0..<2 {
                var bits = lanes[half]
                while bits != 0 {
                    let position = start + half * 8 + bits.trailingZeroBitCount / 8
                    if memcmp(base + position, needleBase, needle.count) == 0 { return position }
                    bits &= ~(UInt64(0xFF) << (UInt64(bits.trailingZeroBitCount) & ~7))
                }
            }
            start += 16
        }
        // The last places, one at a time.
        while start <= last {
            if base[start + anchor] == needle[anchor], base[start + lastIndex] == needle[lastIndex],
               memcmp(base + start, needleBase, needle.count) == 0 { return start }
            start += 1
        }
        return nil
    }
}

/// Byte-wise text tests. The texts compared are already NFC (the decoder sees to it), so comparing UTF-8
/// bytes gives the answers `hasPrefix` and `contains` give, without their grapheme and normalisation
/// work, which was most of the parser's time.
extension StringProtocol {
    @inlinable
    public func startsWith(_ prefix: some StringProtocol) -> Bool {
        let head = prefix.utf8
        let text = utf8
        // memcmp on both buffers where they are contiguous (native strings always are).
        let found = head.withContiguousStorageIfAvailable { wanted in
            text.withContiguousStorageIfAvailable { have in
                wanted.count <= have.count && (wanted.isEmpty || memcmp(have.baseAddress!, wanted.baseAddress!, wanted.count) == 0)
            }
        }
        if let found = found ?? nil { return found }
        return utf8.starts(with: prefix.utf8)
    }

    @inlinable
    public func endsWith(_ suffix: some StringProtocol) -> Bool {
        let tail = suffix.utf8
        let text = utf8
        let found = tail.withContiguousStorageIfAvailable { wanted in
            text.withContiguousStorageIfAvailable { have in
                wanted.count <= have.count
                    && (wanted.isEmpty || memcmp(have.baseAddress! + (have.count - wanted.count), wanted.baseAddress!, wanted.count) == 0)
            }
        }
        if let found = found ?? nil { return found }
        let count = suffix.utf8.count
        guard count <= utf8.count else { return false }
        return utf8.suffix(count).elementsEqual(suffix.utf8)
    }

    @inlinable
    public func includes(_ needle: some StringProtocol) -> Bool {
        let needleBytes = needle.utf8
        let haystack = utf8
        let found = needleBytes.withContiguousStorageIfAvailable { pattern in
            haystack.withContiguousStorageIfAvailable { ByteSearch.firstOffset(of: pattern, in: $0) != nil }
        }
        if let found = found ?? nil { return found }
        return Array(haystack).withUnsafeBufferPointer { hay in
            Array(needleBytes).withUnsafeBufferPointer { ByteSearch.firstOffset(of: $0, in: hay) != nil }
        }
    }
}
