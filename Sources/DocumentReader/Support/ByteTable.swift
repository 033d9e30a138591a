#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A hash table keyed by byte strings, for the reader's per-document memories (word junctions, cell
/// tokens, repeated lines). A lookup hashes and compares the key's bytes where they lie, so a hit
/// allocates nothing; a Dictionary keyed by `[UInt8]` would build a key array for every lookup.
struct ByteTable<Value> {
    private struct Entry {
        var digest: UInt64
        var start: Int
        var count: Int
        var value: Value
    }

    /// Every key's bytes, one after another.
    private var arena: [UInt8] = []
    private var entries: [Entry] = []
    /// Open addressing: each slot holds an index into `entries`, or -1.
    private var slots = [Int32](repeating: -1, count: 64)

    var count: Int { entries.count }

    /// The entry holding `key`, if any.
    func find(_ key: Bytes) -> Int? {
        let found = slot(for: key, digest: UTF8Text.digest(key))
        return found.entry
    }

    func value(at entry: Int) -> Value { entries[entry].value }

    mutating func setValue(_ value: Value, at entry: Int) { entries[entry].value = value }

    func value(for key: Bytes) -> Value? { find(key).map { entries[$0].value } }

    /// The entry holding `key`, inserted with `value` if the key is new.
    @discardableResult
    mutating func insert(_ key: Bytes, _ value: @autoclosure () -> Value) -> (entry: Int, inserted: Bool) {
        let digest = UTF8Text.digest(key)
        let found = slot(for: key, digest: digest)
        if let entry = found.entry { return (entry, false) }
        let entry = entries.count
        entries.append(Entry(digest: digest, start: arena.count, count: key.count, value: value()))
        arena.append(contentsOf: key)
        slots[found.slot] = Int32(entry)
        if entries.count * 2 > slots.count { grow() }
        return (entry, true)
    }

    private func slot(for key: Bytes, digest: UInt64) -> (slot: Int, entry: Int?) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: digest) & mask
        while true {
            let index = slots[slot]
            guard index >= 0 else { return (slot, nil) }
            let entry = entries[Int(index)]
            if entry.digest == digest, entry.count == key.count, matches(key, at: entry.start) { return (slot, Int(index)) }
            slot = (slot + 1) & mask
        }
    }

    private func matches(_ key: Bytes, at start: Int) -> Bool {
        guard let keyBase = key.baseAddress else { return true }
        return arena.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, keyBase, key.count) == 0 }
    }

    private mutating func grow() {
        var larger = [Int32](repeating: -1, count: slots.count * 2)
        let mask = larger.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.digest) & mask
            while larger[slot] >= 0 { slot = (slot + 1) & mask }
            larger[slot] = Int32(index)
        }
        slots = larger
    }
}
