import Testing
@testable import ThaiText

/// The trie, whose rows hold only the bytes its words use, finds the longest word a text starts with, as
/// comparing every word does.
@Suite struct ByteTrieTests {
    static func longestByComparing(_ words: [([UInt8], Int)], _ text: [UInt8], at offset: Int) -> (value: Int, end: Int)? {
        // A later word with the same bytes replaces an earlier one, as in the trie.
        var best: (value: Int, end: Int)?
        for (word, value) in words where !word.isEmpty && text[offset...].starts(with: word) {
            if best == nil || offset + word.count >= best!.end { best = (value, offset + word.count) }
        }
        return best
    }

    @Test func longestWordAtEveryOffset() {
        let pieces = ["ก", "ข", "า", "ร้อย", "ละ", "ล้าน", "a", ".", " ", "\u{0E50}", "é"].map { Array($0.utf8) }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let words = (0..<Int.random(in: 1...8, using: &generator)).map { index in
                ((0..<Int.random(in: 1...3, using: &generator)).flatMap { _ in pieces.randomElement(using: &generator)! }, index)
            }
            let trie = ByteTrie(bytes: words)
            let text = (0..<Int.random(in: 1...10, using: &generator)).flatMap { _ in pieces.randomElement(using: &generator)! }
            text.withUnsafeBufferPointer { buffer in
                for offset in 0..<buffer.count {
                    let found = trie.longestMatch(in: buffer, at: offset)
                    let expected = Self.longestByComparing(words, text, at: offset)
                    #expect(found?.value == expected?.value && found?.end == expected?.end, "\(words) \(text) at \(offset)")
                }
            }
        }
    }

    @Test func bytesNoWordHoldsLeadNowhere() {
        let trie = ByteTrie([("ร้อยละ", 1), ("ร้อย", 2)])
        #expect(trie.step(from: ByteTrie<Int>.root, 0x41) == nil)
        var node = ByteTrie<Int>.root
        for byte in Array("ร้อย".utf8) { node = trie.step(from: node, byte)! }
        #expect(trie.value(at: node) == 2)
        #expect(trie.step(from: node, 0xFF) == nil)
    }
}
