/// A small word list matched directly on UTF-8 bytes: the longest entry wins.
///
/// Vocabularies (months, classifiers, era words, misspellings…) are data: each lives in one table
/// built from plain strings, so extending sarabun to a new spelling means adding one line.
public struct Lexicon<Value: Sendable>: Sendable {
    public struct Entry: Sendable {
        public let word: String
        public let bytes: [UInt8]
        public let value: Value
    }

    public let entries: [Entry]
    /// Entries by first byte (for prefix matches) and by last byte (for suffix matches).
    private let byFirstByte: [[Int]]
    private let byLastByte: [[Int]]

    public init(_ pairs: [(String, Value)]) {
        let entries = pairs
            .map { Entry(word: $0.0, bytes: Array($0.0.utf8), value: $0.1) }
            .sorted { $0.bytes.count > $1.bytes.count }
        self.entries = entries
        var first = [[Int]](repeating: [], count: 256)
        var last = [[Int]](repeating: [], count: 256)
        for (index, entry) in entries.enumerated() where !entry.bytes.isEmpty {
            first[Int(entry.bytes[0])].append(index)
            last[Int(entry.bytes[entry.bytes.count - 1])].append(index)
        }
        byFirstByte = first
        byLastByte = last
    }

    /// The longest entry that starts at `offset`, and the offset just after it.
    @inline(__always)
    public func match(in text: UnsafeBufferPointer<UInt8>, at offset: Int) -> (value: Value, end: Int)? {
        guard offset < text.count else { return nil }
        for index in byFirstByte[Int(text[offset])] {
            let word = entries[index].bytes
            if offset + word.count <= text.count && Self.equal(text, offset, word) {
                return (entries[index].value, offset + word.count)
            }
        }
        return nil
    }

    /// The longest entry that ends just before `end`, and the offset where it starts.
    @inline(__always)
    public func match(in text: UnsafeBufferPointer<UInt8>, endingAt end: Int, notBefore lowerBound: Int = 0) -> (value: Value, start: Int)? {
        guard end > lowerBound, end <= text.count else { return nil }
        for index in byLastByte[Int(text[end - 1])] {
            let word = entries[index].bytes
            let start = end - word.count
            if start >= lowerBound && Self.equal(text, start, word) {
                return (entries[index].value, start)
            }
        }
        return nil
    }

    /// The value of an entry spelled exactly `word`.
    public func value(of word: String) -> Value? {
        entries.first { $0.word == word }?.value
    }

    @inline(__always)
    private static func equal(_ text: UnsafeBufferPointer<UInt8>, _ offset: Int, _ word: [UInt8]) -> Bool {
        for index in 0..<word.count where text[offset + index] != word[index] { return false }
        return true
    }
}

extension Lexicon where Value == Void {
    public init(words: [String]) { self.init(words.map { ($0, ()) }) }
}
