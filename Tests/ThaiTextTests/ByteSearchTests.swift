import Testing
@testable import ThaiText

/// The byte search against the obvious search, on every text of up to seven pieces.
@Suite struct ByteSearchTests {
    @Test func firstOffsetAgreesWithTheObviousSearch() {
        let pieces: [[UInt8]] = [[0x20], Array("a".utf8), Array("ก".utf8), Array("ข".utf8)]
        let needles: [[UInt8]] = [[0x20, 0x20, 0x20], Array("กข".utf8), Array(" ก".utf8), Array("a ".utf8), Array("ขa".utf8)]
        var texts: [[UInt8]] = [[]]
        var level: [[UInt8]] = [[]]
        for _ in 1...6 {
            level = level.flatMap { text in pieces.map { text + $0 } }
            texts += level
        }
        #expect(texts.count == 5_461)
        for text in texts {
            for needle in needles {
                let found = text.withUnsafeBufferPointer { hay in needle.withUnsafeBufferPointer { ByteSearch.firstOffset(of: $0, in: hay) } }
                #expect(found == obviousOffset(of: needle, in: text), "\(needle) in \(text)")
            }
        }
    }
}

private func obviousOffset(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
    guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
    return (0...(haystack.count - needle.count)).first { Array(haystack[$0..<($0 + needle.count)]) == needle }
}
