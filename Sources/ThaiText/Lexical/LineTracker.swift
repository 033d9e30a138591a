/// Turns byte offsets into line and column as the scanner moves forward, without a second pass:
/// the scanner reports each newline it passes; columns are counted from the last known point.
struct LineTracker {
    private(set) var line: Int
    private(set) var lineStart: Int
    private let origin: SourcePosition
    private var knownOffset: Int
    private var knownColumn: Int
    /// The line before the current one: a token may open there (`คิดเป็นร้อยละ` / `๗๖.๖๗`).
    private(set) var previousLineStart: Int?

    init(origin: SourcePosition) {
        line = origin.line
        lineStart = origin.offset
        self.origin = origin
        knownOffset = origin.offset
        knownColumn = origin.column
    }

    mutating func passNewline(at offset: Int) {
        previousLineStart = lineStart
        line += 1
        lineStart = offset + 1
        knownOffset = lineStart
        knownColumn = 1
    }

    /// The position of `offset`, which must lie on the current line or the one before it.
    mutating func position(of offset: Int, in text: UnsafeBufferPointer<UInt8>) -> SourcePosition {
        if offset < lineStart, let previousLineStart, offset >= previousLineStart {
            var column = previousLineStart == origin.offset ? origin.column : 1
            for index in previousLineStart..<offset where text[index] & 0xC0 != 0x80 { column += 1 }
            return SourcePosition(line: line - 1, column: column, offset: offset)
        }
        if offset < knownOffset {
            knownOffset = lineStart
            knownColumn = lineStart == origin.offset ? origin.column : 1
        }
        var column = knownColumn
        var index = knownOffset
        while index < offset {
            if text[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        knownOffset = offset
        knownColumn = column
        return SourcePosition(line: line, column: column, offset: offset)
    }

    /// The position of `offset` at or after `start` (on the current line), crossing newlines if needed.
    mutating func position(of offset: Int, after start: SourcePosition, in text: UnsafeBufferPointer<UInt8>) -> SourcePosition {
        var lastNewline = -1
        var lines = 0
        var index = start.offset
        while index < offset {
            if text[index] == 0x0A { lines += 1; lastNewline = index }
            index += 1
        }
        if lines == 0 { return position(of: offset, in: text) }
        var column = 1
        index = lastNewline + 1
        while index < offset {
            if text[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return SourcePosition(line: start.line + lines, column: column, offset: offset)
    }
}
