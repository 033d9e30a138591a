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

    /// The byte offset of `needle` in `haystack`. Thai letters all begin with E0 B8 or E0 B9, so the
    /// search looks (with memchr) for the needle's first byte that is not one of those, then compares.
    public static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count, let base = haystack.baseAddress else { return nil }
        let anchor = needle.firstIndex { $0 != 0xE0 && $0 != 0xB8 && $0 != 0xB9 } ?? 0
        let anchorByte = needle[anchor]
        let last = haystack.count - needle.count
        var start = 0
        while start <= last {
            // Candidates: where the anchor byte sits `anchor` bytes into a match.
            let from = base + start + anchor
            let length = last - start + 1
            #if canImport(Glibc)
            guard let hit = memchr(from, Int32(anchorByte), length) else { return nil }
            let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - anchor
            #else
            var probe = 0
            while probe < length && from[probe] != anchorByte { probe += 1 }
            guard probe < length else { return nil }
            let position = start + probe
            #endif
            // The needle's last byte first: most candidates fail there, without a call to memcmp.
            if base[position + needle.count - 1] == needle[needle.count - 1],
               memcmp(base + position, needle.baseAddress!, needle.count) == 0 { return position }
            start = position + 1
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
