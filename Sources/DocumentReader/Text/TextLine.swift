#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One source line of a text export as bytes, with helpers that stay on bytes (the hot path).
struct TextLine {
    let bytes: UnsafeBufferPointer<UInt8>
    /// 1-based line number.
    let number: Int

    var isBlank: Bool {
        for byte in bytes where byte != 0x20 && byte != 0x09 && byte != 0x0D { return false }
        return true
    }

    var containsTab: Bool { UTF8Text.contains(bytes, 0x09) }

    func hasPrefix(_ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        let start = prefix.utf8Start
        for index in 0..<count where bytes[index] != start[index] { return false }
        return true
    }

    /// The line (cut at LF from valid text, so valid itself).
    var string: String { String(validUTF8: bytes) }

    /// A part of the line cut at ASCII bytes (a cell between tabs, say).
    func string(_ range: Range<Int>) -> String { String(validUTF8: UnsafeBufferPointer(rebasing: bytes[range])) }

    /// The 1-based column (in Unicode scalars) of a byte offset in this line.
    func column(at offset: Int) -> Int {
        var scalars = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] & 0xC0 != 0x80 { scalars += 1 }
        return scalars + 1
    }

    /// Unicode scalars in a byte range.
    func scalars(_ range: Range<Int>) -> Int {
        UTF8Text.scalarCount(Bytes(rebasing: bytes[range]), upTo: .max)
    }

    /// Byte ranges of the tab-separated cells.
    var cellRanges: [Range<Int>] {
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(16)
        var start = 0
        while start < bytes.count, let tab = memchr(bytes.baseAddress! + start, 0x09, bytes.count - start) {
            let index = bytes.baseAddress!.distance(to: tab.assumingMemoryBound(to: UInt8.self))
            ranges.append(start..<index)
            start = index + 1
        }
        ranges.append(start..<bytes.count)
        return ranges
    }
}

/// Calls `body` with each line of `text` (LF or CRLF; the CR is dropped).
func forEachLine(in text: UnsafeBufferPointer<UInt8>, _ body: (TextLine) -> Void) {
    var start = 0
    var number = 1
    let count = text.count
    while start <= count {
        var end = count
        if start < count, let found = memchr(text.baseAddress! + start, 0x0A, count - start) {
            end = text.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
        var contentEnd = end
        if contentEnd > start && text[contentEnd - 1] == 0x0D { contentEnd -= 1 }
        if end == count && start == count { break }
        body(TextLine(bytes: UnsafeBufferPointer(rebasing: text[start..<contentEnd]), number: number))
        number += 1
        start = end + 1
    }
}
