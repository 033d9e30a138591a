/// A trie over UTF-8 bytes with flat transition tables: the longest word starting at an offset is
/// found in one pass over its bytes, with no allocation. Used where a word list must be tried at
/// many places of running Thai text (number words), where `Lexicon`'s per-entry compare is too slow.
/// Other modules walk it a byte at a time (`step`, `value`) when the bytes come from a transformed text.
public struct ByteTrie<Value: Sendable>: Sendable {
    /// Each byte's column in a node's row: only the bytes some word holds have one (column 0 is every
    /// other byte, and leads nowhere). A row of every possible byte made each node a kilobyte, and a walk
    /// over a few thousand nodes missed the cache at most steps.
    private let columns: [UInt8]
    private let width: Int
    private var transitions: [Int32]
    private var values: [Value?] = [nil]

    /// Where a walk starts.
    public static var root: Int { 0 }

    /// The words; a later word with the same bytes as an earlier one replaces it.
    public init(_ words: [(String, Value)]) {
        self.init(bytes: words.map { (Array($0.0.utf8), $0.1) })
    }

    /// The words as bytes.
    public init(bytes words: [([UInt8], Value)]) {
        var columns = [UInt8](repeating: 0, count: 256)
        var width = 1
        for (word, _) in words {
            for byte in word where columns[Int(byte)] == 0 {
                columns[Int(byte)] = UInt8(width)
                width += 1
            }
        }
        self.columns = columns
        self.width = width
        transitions = Array(repeating: -1, count: width)
        for (word, value) in words { insert(word, value) }
    }

    /// The node after `byte` from `node`, or nil where no word goes on with that byte.
    @inline(__always)
    public func step(from node: Int, _ byte: UInt8) -> Int? {
        let next = transitions[node &* width &+ Int(columns[Int(byte)])]
        return next < 0 ? nil : Int(next)
    }

    /// The word that ends at `node`, if one does.
    @inline(__always)
    public func value(at node: Int) -> Value? { values[node] }

    private mutating func insert(_ bytes: [UInt8], _ value: Value) {
        var node = 0
        for byte in bytes {
            let slot = node * width + Int(columns[Int(byte)])
            if transitions[slot] < 0 {
                transitions[slot] = Int32(values.count)
                values.append(nil)
                transitions.append(contentsOf: repeatElement(-1, count: width))
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
            let next = transitions[node &* width &+ Int(columns[Int(text[position])])]
            if next < 0 { break }
            node = Int(next)
            position += 1
            if let value = values[node] { best = (value, position) }
        }
        return best
    }
}
