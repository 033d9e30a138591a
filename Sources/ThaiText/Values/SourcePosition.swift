/// Where something stands in a source text: 1-based line and column (columns count Unicode scalars,
/// so a Thai letter with its marks is several columns, as in most editors' status lines), and the
/// 0-based byte offset in the UTF-8 text.
public struct SourcePosition: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool { lhs.offset < rhs.offset }
    public var description: String { "\(line):\(column)" }
}

/// A stretch of source text: from `start` up to (not including) `end`.
public struct SourceSpan: Hashable, Sendable, CustomStringConvertible {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    public var bytes: Range<Int> { start.offset..<end.offset }
    public var description: String { "\(start)-\(end)" }
}
