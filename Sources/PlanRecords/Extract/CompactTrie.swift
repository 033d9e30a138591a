/// A word list matched against the start of a text as compact text compares it (spaces, zero-width
/// characters and `*` skipped, Thai digits as Arabic), walking the text's UTF-8 bytes once with no
/// copy: the same answer as `TextTools.compact(text).startsWith(word)` for the longest word, without
/// building the compact string. Used on every line the readers look at (field labels).
struct CompactTrie<Value: Sendable>: Sendable {
    private var transitions: [Int32] = Array(repeating: -1, count: 256)
    private var values: [Value?] = [nil]

    /// `words` as written; each is compacted before it is stored.
    init(_ words: [(String, Value)]) {
        // Earlier words win over later ones that compact to the same bytes, as a `first(where:)` would.
        for (word, value) in words.reversed() { insert(Array(TextTools.compact(word).utf8), value) }
    }

    private mutating func insert(_ bytes: [UInt8], _ value: Value) {
        var node = 0
        for byte in bytes {
            let slot = node * 256 + Int(byte)
            if transitions[slot] < 0 {
                transitions[slot] = Int32(values.count)
                values.append(nil)
                transitions.append(contentsOf: repeatElement(-1, count: 256))
            }
            node = Int(transitions[slot])
        }
        values[node] = value
    }

    /// The longest word the compact form of `text` starts with.
    func longestPrefix(of text: some StringProtocol) -> Value? {
        let utf8 = text.utf8
        if let found = utf8.withContiguousStorageIfAvailable({ longestPrefix(bytes: $0) }) { return found }
        return Array(utf8).withUnsafeBufferPointer { longestPrefix(bytes: $0) }
    }

    private func longestPrefix(bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        var node = 0
        var best: Value?
        var read = 0
        let count = bytes.count
        while read < count {
            var byte = bytes[read]
            // The bytes `TextTools.compactBytes` drops or rewrites.
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0x2A:
                read += 1
                continue
            case 0xC2 where read + 1 < count && bytes[read + 1] == 0xA0:
                read += 2
                continue
            case 0xE2 where read + 2 < count && bytes[read + 1] == 0x80 && (0x8B...0x8D).contains(bytes[read + 2]):
                read += 3
                continue
            case 0xEF where read + 2 < count && bytes[read + 1] == 0xBB && bytes[read + 2] == 0xBF:
                read += 3
                continue
            case 0xE0 where read + 2 < count && bytes[read + 1] == 0xB9 && (0x90...0x99).contains(bytes[read + 2]):
                byte = bytes[read + 2] - 0x90 + 0x30
                read += 3
            default:
                read += 1
            }
            let next = transitions[node &* 256 &+ Int(byte)]
            if next < 0 { break }
            node = Int(next)
            if let value = values[node] { best = value }
        }
        return best
    }
}
