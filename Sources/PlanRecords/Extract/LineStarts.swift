import ThaiText

/// Where each text line of a block starts, found once with memchr: a figure's line is then looked up,
/// not walked back to, so a block that is one long line (OCR output without breaks) stays linear.
struct LineStarts {
    private let starts: [Int]

    init(_ bytes: [UInt8]) {
        starts = [0] + bytes.withUnsafeBufferPointer { ByteSearch.offsets(of: [0x0A], in: $0) }.map { $0 + 1 }
    }

    /// The offset where the line holding `offset` starts.
    func lineStart(of offset: Int) -> Int {
        var low = 0, high = starts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle } else { high = middle }
        }
        return starts[low]
    }

    /// The text from the start of the line holding `offset` up to it, at most `limit` bytes of its opening:
    /// what the line opens with.
    func opening(of offset: Int, in bytes: [UInt8], limit: Int = 1_024) -> String {
        let end = min(offset, bytes.count)
        let start = lineStart(of: end)
        var cut = min(end, start + limit)
        while cut < end, bytes[cut] & 0xC0 == 0x80 { cut += 1 }
        return String(decoding: bytes[start..<cut], as: UTF8.self)
    }

    /// Up to `window` bytes before `offset` on its line, from a character's start.
    func textBefore(_ offset: Int, in bytes: [UInt8], window: Int = 2_048) -> String {
        let end = min(offset, bytes.count)
        var start = max(lineStart(of: end), end - window)
        while start < end, bytes[start] & 0xC0 == 0x80 { start += 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
