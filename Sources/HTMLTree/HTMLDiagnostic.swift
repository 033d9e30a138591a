/// A problem met while reading HTML: libxml2's parse errors and warnings, plus the reader's own
/// (encoding fallbacks, replaced bytes, very deep nesting, empty input).
public struct HTMLDiagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: Sendable, Hashable, Comparable {
        case warning, error, fatal
    }

    public enum Origin: Sendable, Hashable {
        /// Reported by libxml2; `domain` and `code` are its `xmlErrorDomain` and `xmlParserErrors`.
        case libxml2(domain: Int, code: Int)
        /// Reported by this module.
        case reader
    }

    public let severity: Severity
    /// 1-based source line (offset by `firstLine`), nil when the problem has no position.
    public let line: Int?
    /// 1-based column as libxml2 counts it, nil if unknown.
    public let column: Int?
    /// The message, trimmed.
    public let message: String
    public let origin: Origin

    public init(severity: Severity, line: Int?, column: Int?, message: String, origin: Origin) {
        self.severity = severity
        self.line = line
        self.column = column
        self.message = message
        self.origin = origin
    }

    public var description: String {
        let place = line.map { "line \($0)" + (column.map { ":\($0)" } ?? "") + ": " } ?? ""
        return "\(severity): \(place)\(message)"
    }
}
