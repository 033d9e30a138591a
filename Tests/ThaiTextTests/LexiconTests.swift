import Testing
@testable import ThaiText

/// A lexicon keyed by the letter its Thai words open with finds the longest entry at a place, and the
/// longest ending there, as trying every entry does.
@Suite struct LexiconTests {
    @Test func longestEntryAsTryingEveryOne() {
        let pieces = ["ก", "า", "บาท", "ปี", "เดือน", "พ.ศ.", "a", ".", " ", "ต.ค.", "é", "\u{0901}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let words = (0..<Int.random(in: 1...6, using: &generator)).map { _ in
                (0..<Int.random(in: 1...3, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            }
            let lexicon = Lexicon(words.enumerated().map { ($0.element, $0.offset) })
            let entries = lexicon.entries.map { (Array($0.word.utf8), $0.value) }
            let text = Array((0..<Int.random(in: 1...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined().utf8)
            text.withUnsafeBufferPointer { buffer in
                for offset in 0...buffer.count {
                    // The entries are longest first: the first that fits is the answer.
                    let after = entries.first { offset + $0.0.count <= text.count && text[offset..<offset + $0.0.count].elementsEqual($0.0) }
                    let found = lexicon.match(in: buffer, at: offset)
                    #expect(found?.value == after?.1 && found?.end == after.map { offset + $0.0.count }, "\(words) in \(text) at \(offset)")
                    let before = entries.first { $0.0.count <= offset && text[(offset - $0.0.count)..<offset].elementsEqual($0.0) }
                    let ending = lexicon.match(in: buffer, endingAt: offset)
                    #expect(ending?.value == before?.1 && ending?.start == before.map { offset - $0.0.count }, "\(words) in \(text) ending at \(offset)")
                }
            }
        }
    }
}
