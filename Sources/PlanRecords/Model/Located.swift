import DocumentReader

/// A value with where it came from: the text as written and its place in the source.
/// Every figure sarabun reports keeps one of these, so a finding can always point at the line.
public struct Located<Value: Sendable & Hashable>: Sendable, Hashable {
    public var value: Value
    /// The text the value was read from, as it stands in the document.
    public var raw: String
    public var line: Int
    public var column: Int
    public var endLine: Int

    public init(_ value: Value, raw: String, line: Int, column: Int = 1, endLine: Int? = nil) {
        self.value = value
        self.raw = raw
        self.line = line
        self.column = column
        self.endLine = endLine ?? line
    }

    public init(_ value: Value, raw: String, source: SourceLines) {
        self.init(value, raw: raw, line: source.line, column: source.column, endLine: source.endLine)
    }

    public func map<Other>(_ transform: (Value) -> Other) -> Located<Other> {
        Located<Other>(transform(value), raw: raw, line: line, column: column, endLine: endLine)
    }
}

/// Something the record reader could not read cleanly, with its place.
public struct RecordWarning: Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var message: String
    /// The figure as written, when what could not be read is a figure (`6O,000.00`, `๕๐,,๕๐๐`): the checker
    /// names each one, since every total it would have been held to is left unchecked.
    public var figure: String?
    /// The date as written, when what could not be read is a date no calendar has (`๓๑ กุมภาพันธ์ ๒๕๖๖`).
    public var date: String?

    public init(line: Int, column: Int = 1, message: String, figure: String? = nil, date: String? = nil) {
        self.line = line
        self.column = column
        self.message = message
        self.figure = figure
        self.date = date
    }

    public var description: String { "\(line):\(column): warning: \(message)" }
}
