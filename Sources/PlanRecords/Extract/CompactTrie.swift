import ThaiText

/// A word list matched against the start of a text as compact text compares it (spaces, zero-width
/// characters and `*` skipped, Thai digits as Arabic), walking the text's UTF-8 bytes once with no
/// copy: the same answer as `TextTools.compact(text).startsWith(word)` for the longest word, without
/// building the compact string. Used on every line the readers look at (field labels).
struct CompactTrie<Value: Sendable>: Sendable {
    /// The words' indices in `values`: the walk keeps the best index, and only the answer is copied out
    /// (a label's string copied at every node that ends a word was a retain and a release each).
    private let trie: ByteTrie<Int>
    private let values: [Value]

    /// `words` as written; each is compacted before it is stored.
    init(_ words: [(String, Value)]) {
        // Earlier words win over later ones that compact to the same bytes, as a `first(where:)` would.
        values = words.map(\.1)
        trie = ByteTrie(bytes: words.enumerated().reversed().map { (Array(TextTools.compact($0.element.0).utf8), $0.offset) })
    }

    /// The longest word the compact form of `text` starts with.
    func longestPrefix(of text: some StringProtocol) -> Value? {
        longestPrefix(of: text, droppingMarker: false)
    }

    /// The longest word the compact form of `text` starts with, after the list marker it may open with
    /// (`TextTools.droppingMarker`) when `droppingMarker`: the marker skipped on the same bytes.
    func longestPrefix(of text: some StringProtocol, droppingMarker: Bool) -> Value? {
        let utf8 = text.utf8
        let found: Int?? = utf8.withContiguousStorageIfAvailable { longestPrefix(bytes: $0, droppingMarker: droppingMarker) }
        let index = found ?? Array(utf8).withUnsafeBufferPointer { longestPrefix(bytes: $0, droppingMarker: droppingMarker) }
        return index.map { values[$0] }
    }

    private func longestPrefix(bytes: UnsafeBufferPointer<UInt8>, droppingMarker: Bool) -> Int? {
        var node = ByteTrie<Int>.root
        var best: Int?
        var read = droppingMarker ? TextTools.markerLength(bytes) : 0
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
