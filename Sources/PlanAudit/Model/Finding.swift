import ThaiText

public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable {
    case info, warning, error

    private var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// One place a finding rests on: the line, its text, and the figure read there.
public struct Evidence: Sendable, Hashable {
    public var line: Int
    public var endLine: Int?
    public var column: Int
    /// The source text of that place (the row or sentence), as written.
    public var text: String
    /// The figure read there, as written (`๖๐,๐๐๐ บาท`), when the finding is about a figure.
    public var value: String?
    /// What this place is in the argument: `stated`, `row`, `rows sum`, `subtotal` …
    public var note: String?
    /// Where `value` starts in `text` (UTF-8 offset), when known: the occurrence to mark when the same
    /// words stand in the text more than once.
    public var valueOffset: Int?

    public init(line: Int, endLine: Int? = nil, column: Int = 1, text: String, value: String? = nil, note: String? = nil,
                valueOffset: Int? = nil) {
        self.line = line
        self.endLine = endLine.flatMap { $0 == line ? nil : $0 }
        self.column = column
        self.text = text
        self.value = value
        self.note = note
        self.valueOffset = valueOffset
    }
}

/// What a rule found: a message an auditor can act on, and every place it rests on.
/// The first evidence item is where the problem is reported.
public struct Finding: Sendable {
    public var rule: String
    public var severity: Severity
    public var message: String
    public var evidence: [Evidence]
    /// For numeric findings: what the other figures give, and what the document states.
    public var expected: String?
    public var actual: String?
    /// Which figure the other sources support, when they do (`the rows and the grand total agree: the subtotal is likely wrong`).
    public var corroboration: String?

    public init(rule: String, severity: Severity, message: String, evidence: [Evidence], expected: String? = nil,
                actual: String? = nil, corroboration: String? = nil) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.evidence = evidence
        self.expected = expected
        self.actual = actual
        self.corroboration = corroboration
    }

    public var line: Int { evidence.first?.line ?? 1 }
    public var column: Int { evidence.first?.column ?? 1 }
}
