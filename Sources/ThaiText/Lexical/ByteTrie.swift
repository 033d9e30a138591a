/// A trie over UTF-8 bytes with flat transition tables: the longest word starting at an offset is
/// found in one pass over its bytes, with no allocation. Used where a word list must be tried at
/// many places of running Thai text (number words), where `Lexicon`'s per-entry compare is too slow.
/// Other modules walk it a byte at a time (`step`, `value`) when the bytes come from a transformed text.
public struct ByteTrie<Value: Sendable>: Sendable {
    private var transitions: [Int32] = Array(repeating: -1, count: 256)
    private var values: [Value?] = [nil]

    /// Where a walk starts.
    public static var root: Int { 0 }

    /// The words; a later word with the same bytes as an earlier one replaces it.
    public init(_ words: [(String, Value)]) {
        for (word, value) in words { insert(Array(word.utf8), value) }
    }

    /// The words as bytes.
    public init(bytes words: [([UInt8], Value)]) {
        for (word, value) in words { insert(word, value) }
    }

    /// The node after `byte` from `node`, or nil where no word goes on with that byte.
    @inline(__always)
    public func step(from node: Int, _ byte: UInt8) -> Int? {
        let next = transitions[node &* 256 &+ Int(byte)]
        return next < 0 ? nil : Int(next)
    }

    /// The word that ends at `node`, if one does.
    @inline(__always)
    public func value(at node: Int) -> Value? { values[node] }

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

    /// The longest word starting at `offset`.
    @inline(__always)
    func longestMatch(in text: UnsafeBufferPointer<UInt8>, at offset: Int) -> (value: Value, end: Int)? {
        var node = 0
        var best: (Value, Int)?
        var position = offset
        while position < text.count {
            let next = transitions[node &* 256 &+ Int(text[position])]
            if next < 0 { break }
            node = Int(next)
            position += 1
            if let value = values[node] { best = (value, position) }
        }
        return best
    }
}
