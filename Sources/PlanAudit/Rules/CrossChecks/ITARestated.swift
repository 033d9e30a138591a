import PlanRecords
import ThaiText

/// The ITA overall score or grade said again later in the document against its first statement.
struct ITARestated: AuditRule {
    let id = "ita-restated"
    let summary = "The ITA overall score or grade is stated again, differently."
    let explanation = """
    A memo states the assessment's overall score and grade where it reports the result, and often again: in its \
    conclusion, in a tool table's total row (คะแนนรวม). Each later statement must say what the first said; so must \
    another year's score stated twice (in a sentence comparing the years and in a table of them). A score \
    restated with fewer decimals agrees when the first, rounded to its places, equals it (85.9 for 85.94). A \
    statement about another year (`เมื่อเทียบกับปี ๒๕๖๖ ได้คะแนนรวม …`) is no restatement and is not compared. Which \
    statement is wrong the rule cannot tell: it names both, and the weighted-score check says which one the parts support.
    """

    func check(_ record: PlanRecord, _ options: AuditOptions) -> [Finding] {
        guard let scores = record.scores else { return [] }
        var findings: [Finding] = []
        if let first = scores.overall {
            for again in scores.restatedOverall where !Self.agrees(first.value, again.value) {
                findings.append(Finding(
                    rule: id, severity: .error,
                    message: "the overall ITA score is stated as \(again.value) (line \(again.line)) but as \(first.value) first (line \(first.line))",
                    evidence: [CrossCheck.evidence(again, note: "stated again"), CrossCheck.evidence(first, note: "stated first")],
                    expected: first.value.description, actual: again.value.description))
            }
        }
        // Another year's score stated twice (a sentence comparing the years, a table of them), differently.
        for (index, past) in scores.yearScores.enumerated() {
            guard let first = scores.yearScores[..<index].first(where: { $0.year == past.year && !Self.agrees($0.score.value, past.score.value) })
            else { continue }
            findings.append(Finding(
                rule: id, severity: .error,
                message: "the \(past.year) ITA score is stated as \(past.score.value) (line \(past.score.line)) but as \(first.score.value) first (line \(first.score.line))",
                evidence: [CrossCheck.evidence(past.score, note: "stated again"), CrossCheck.evidence(first.score, note: "stated first")],
                expected: first.score.value.description, actual: past.score.value.description))
        }
        if let first = scores.grade {
            for again in scores.restatedGrades where Self.normal(again.value) != Self.normal(first.value) {
                findings.append(Finding(
                    rule: id, severity: .error,
                    message: "the ITA grade is stated as \(again.value) (line \(again.line)) but as \(first.value) first (line \(first.line))",
                    evidence: [CrossCheck.evidence(again, note: "stated again"), CrossCheck.evidence(first, note: "stated first")],
                    expected: first.value, actual: again.value))
            }
        }
        return findings
    }

    /// Equal, or equal once the more precise one is rounded to the other's places.
    static func agrees(_ first: ExactDecimal, _ again: ExactDecimal) -> Bool {
        let places = min(first.scale, again.scale)
        return first.rounded(toPlaces: places) == again.rounded(toPlaces: places)
    }

    private static func normal(_ grade: String) -> String { grade.uppercased().filter { !$0.isWhitespace } }
}
