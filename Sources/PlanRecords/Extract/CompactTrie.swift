import ThaiText

/// A word list matched against the start of a text as compact text compares it (spaces, zero-width
/// characters and `*` skipped, Thai digits as Arabic), walking the text's UTF-8 bytes once with no
/// copy: the same answer as `TextTools.compact(text).startsWith(word)` for the longest word, without
/// building the compact string. Used on every line the readers look at (field labels).
struct CompactTrie<Value: Sendable>: Sendable {
    private let trie: ByteTrie<Value>

    /// `words` as written; each is compacted before it is stored.
    init(_ words: [(String, Value)]) {
        // Earlier words win over later ones that compact to the same bytes, as a `first(where:)` would.
        trie = ByteTrie(bytes: words.reversed().map { (Array(TextTools.compact($0.0).utf8), $0.1) })
    }

    /// The longest word the compact form of `text` starts with.
    func longestPrefix(of text: some StringProtocol) -> Value? {
        let utf8 = text.utf8
        if let found = utf8.withContiguousStorageIfAvailable({ longestPrefix(bytes: $0) }) { return found }
        return Array(utf8).withUnsafeBufferPointer { longestPrefix(bytes: $0) }
    }

    private func longestPrefix(bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        var node = ByteTrie<Value>.root
        var best: Value?
        var read = 0
        while read < bytes.count {
            let (byte, next) = TextTools.compactStep(bytes, read)
            read = next
            guard let byte else { continue }
            guard let child = trie.step(from: node, byte) else { break }
            node = child
            if let value = trie.value(at: node) { best = value }
        }
        return best
    }
}
