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
        for text in texts { expectObviousOffsets(of: needles, in: text) }
    }
}

/// On long texts, where sixteen places are compared at a time, the first place found is the obvious search's
/// at every alignment, with many near misses (the needle's anchor bytes without the rest).
@Suite struct LongByteSearchTests {
    @Test func firstOffsetOnLongTexts() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["ค", "ะ", "แ", "น", "คะแนน", "คะแน", "ะแนน", "ระดับ", " ", "a", "=", "๑", "\n"].map { Array($0.utf8) }
        let needles = ["คะแนน", "ระดับ", "น", "=", " a", "ะแ", "นน"].map { Array($0.utf8) }
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...90, using: &generator)).flatMap { _ in pieces.randomElement(using: &generator)! }
            expectObviousOffsets(of: needles, in: text)
        }
    }
}

/// Runs of a byte found sixteen places at a time are the runs the obvious search finds, at every length and
/// wherever they stand against the sixteen-byte steps.
@Suite struct ByteRunTests {
    @Test func containsRunAgreesWithTheObviousSearch() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [[0x20], [0x20, 0x20], Array("ก".utf8), Array("a".utf8), [0x09]]
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).flatMap { _ in pieces.randomElement(using: &generator)! }
            for length in 1...4 {
                let found = text.withUnsafeBufferPointer { ByteSearch.containsRun(of: 0x20, length: length, in: $0) }
                #expect(found == (obviousOffset(of: Array(repeating: 0x20, count: length), in: text) != nil), "\(length) in \(text)")
            }
        }
        let long = Array(repeating: UInt8(ascii: "a"), count: 47) + [0x20, 0x20, 0x20]
        #expect(long.withUnsafeBufferPointer { ByteSearch.containsRun(of: 0x20, length: 3, in: $0) })
        #expect(!long.dropLast().withUnsafeBufferPointer { ByteSearch.containsRun(of: 0x20, length: 3, in: $0) })
    }
}

/// Each needle's first place in the text, as the byte search finds it, is the obvious search's.
private func expectObviousOffsets(of needles: [[UInt8]], in text: [UInt8]) {
    for needle in needles {
        let found = text.withUnsafeBufferPointer { hay in needle.withUnsafeBufferPointer { ByteSearch.firstOffset(of: $0, in: hay) } }
        #expect(found == obviousOffset(of: needle, in: text), "\(needle) in \(text)")
    }
}

private func obviousOffset(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
    guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
    return (0...(haystack.count - needle.count)).first { Array(haystack[$0..<($0 + needle.count)]) == needle }
}
