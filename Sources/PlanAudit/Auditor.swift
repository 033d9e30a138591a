import PlanRecords

/// Runs the rules over a document's records and returns what they found, in line order.
public enum Auditor {
    public static func check(_ record: PlanRecord, options: AuditOptions = AuditOptions()) -> [Finding] {
        var findings: [Finding] = []
        // Figures too large to add exactly: the rules that do arithmetic are not run, and the finding says why.
        let oversized = FigureBounds.oversized(record)
        if let oversized {
            findings.append(Finding(
                rule: "figures-too-large", severity: .warning,
                message: "the document's figures add up to more than \(FigureBounds.limit) baht (the largest is \(oversized.raw)): no local budget is that large, so its totals and figures are not checked",
                evidence: [Evidence(line: oversized.line, endLine: oversized.endLine, column: oversized.column, text: oversized.raw,
                                    value: oversized.raw, note: "largest figure")]))
        }
        let facts = RecordFacts(record)
        for rule in RuleCatalog.all where options.runs(rule.id) && (oversized == nil || !rule.doesArithmetic) {
            findings += rule.check(facts, options)
        }
        return findings.sorted { ($0.line, $0.column, $0.rule) < ($1.line, $1.column, $1.rule) }
    }
}

/// Which rules run and how tolerant they are.
public struct AuditOptions: Sendable {
    /// Only these rules, when not empty.
    public var only: Set<String> = []
    public var disabled: Set<String> = []
    /// Money may differ by this many satang before it counts as a difference (rounding in the source).
    public var moneyToleranceSatang: Int64 = 0
    /// Scores and percentages may differ by this much beyond rounding to the stated precision.
    public var percentTolerance: String = "0"

    public init() {}

    public func runs(_ rule: String) -> Bool {
        (only.isEmpty || only.contains(rule)) && !disabled.contains(rule)
    }
}

/// A check over one document's records. One rule a file, in Rules/; each lists itself in `RuleCatalog`.
public protocol AuditRule: Sendable {
    /// Stable, kebab-case: `stated-count`, `subtotal-sum`.
    var id: String { get }
    /// One line: what the rule checks.
    var summary: String { get }
    /// A paragraph for `sarabun explain`: what it checks, why it matters, what it ignores.
    var explanation: String { get }
    func check(_ record: PlanRecord, _ options: AuditOptions) -> [Finding]
    /// The same, reading what other rules also derive from the record (built once per document).
    func check(_ facts: RecordFacts, _ options: AuditOptions) -> [Finding]
    /// Whether the rule adds or multiplies the document's figures (then it is not run on figures too large
    /// to add exactly; see FigureBounds).
    var doesArithmetic: Bool { get }
}

extension AuditRule {
    public var doesArithmetic: Bool { true }

    public func check(_ facts: RecordFacts, _ options: AuditOptions) -> [Finding] {
        check(facts.record, options)
    }
}

/// A rule that reads what other rules also derive from the record (`RecordFacts`); run on a record alone, it
/// derives them itself.
protocol FactsRule: AuditRule {}

extension FactsRule {
    func check(_ record: PlanRecord, _ options: AuditOptions) -> [Finding] {
        check(RecordFacts(record), options)
    }
}

/// What several rules derive from one record, built once when the first asks: the six totals rules
/// all read the same table rows and total lines.
public final class RecordFacts {
    public let record: PlanRecord
    private(set) lazy var totals = TotalsContext(record)

    public init(_ record: PlanRecord) {
        self.record = record
    }
}
