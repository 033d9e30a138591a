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
    /// Entries by the key of their opening (for prefix matches) and by last byte (for suffix matches).
    private let byOpening: [[Int]]
    private let byLastByte: [[Int]]
    /// Every entry's bytes one after another, and where each starts: compared in place (an entry's own
    /// array, taken for each comparison, was a retain and a release).
    private let arena: [UInt8]
    private let starts: [Int]

    public init(_ pairs: [(String, Value)]) {
        let entries = pairs
            .map { Entry(word: $0.0, bytes: Array($0.0.utf8), value: $0.1) }
            .sorted { $0.bytes.count > $1.bytes.count }
        self.entries = entries
        var opening = [[Int]](repeating: [], count: Self.openingKeys)
        var last = [[Int]](repeating: [], count: 256)
        var arena: [UInt8] = []
        var starts: [Int] = []
        for (index, entry) in entries.enumerated() {
            starts.append(arena.count)
            arena += entry.bytes
            guard !entry.bytes.isEmpty else { continue }
            entry.bytes.withUnsafeBufferPointer { opening[Self.openingKey($0, at: 0)].append(index) }
            last[Int(entry.bytes[entry.bytes.count - 1])].append(index)
        }
        byOpening = opening
        byLastByte = last
        self.arena = arena
        self.starts = starts
    }

    /// Keys of openings: a byte other than E0 is its own key; a Thai character (E0, B8/B9, a third byte) is
    /// keyed by its letter, 256 on. (Every Thai word opens with E0: keyed by it, the whole list was tried.)
    private static var openingKeys: Int { 256 + 128 }

    @inline(__always)
    private static func openingKey(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int {
        let first = bytes[offset]
        guard first == 0xE0, offset + 2 < bytes.count, bytes[offset + 1] & 0xFE == 0xB8 else { return Int(first) }
        return 256 + Int(bytes[offset + 1] & 1) << 6 + Int(bytes[offset + 2] & 0x3F)
    }

    /// The longest entry that starts at `offset`, and the offset just after it.
    @inline(__always)
    public func match(in text: UnsafeBufferPointer<UInt8>, at offset: Int) -> (value: Value, end: Int)? {
        guard offset < text.count else { return nil }
        for index in byOpening[Self.openingKey(text, at: offset)] {
            let length = entries[index].bytes.count
            if offset + length <= text.count && equal(text, offset, entry: index, length: length) {
                return (entries[index].value, offset + length)
            }
        }
        return nil
    }

    /// The longest entry that ends just before `end`, and the offset where it starts.
    @inline(__always)
    public func match(in text: UnsafeBufferPointer<UInt8>, endingAt end: Int, notBefore lowerBound: Int = 0) -> (value: Value, start: Int)? {
        guard end > lowerBound, end <= text.count else { return nil }
        for index in byLastByte[Int(text[end - 1])] {
            let length = entries[index].bytes.count
            let start = end - length
            if start >= lowerBound && equal(text, start, entry: index, length: length) {
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
    private func equal(_ text: UnsafeBufferPointer<UInt8>, _ offset: Int, entry: Int, length: Int) -> Bool {
        arena.withUnsafeBufferPointer { arena in
            let start = starts[entry]
            for index in 0..<length where text[offset + index] != arena[start + index] { return false }
            return true
        }
    }
}

extension Lexicon where Value == Void {
    public init(words: [String]) { self.init(words.map { ($0, ()) }) }
}
