/// Where the assembler puts blocks: straight into the document's array storage. A block is large, and
/// `Array.append` copies it in and destroys the original; initialising the storage moves it.
struct BlockSink {
    private let buffer: UnsafeMutableBufferPointer<Block>
    private(set) var count = 0

    /// `buffer` must hold room for every block (the assembler makes at most one a part).
    init(_ buffer: UnsafeMutableBufferPointer<Block>) { self.buffer = buffer }

    init() { self.buffer = UnsafeMutableBufferPointer(start: nil, count: 0) }

    mutating func append(_ block: consuming Block) {
        precondition(count < buffer.count, "more blocks than parts")
        (buffer.baseAddress! + count).initialize(to: consume block)
        count += 1
    }
}
