import PlanRecords
import ThaiText

/// The stated change of the ITA overall score from another year against the two years' scores.
struct ITAScoreChange: AuditRule {
    let id = "ita-score-change"
    let summary = "The stated rise or fall of the ITA score is not the difference of the two years' scores."
    let explanation = """
    A memo that compares the years says how far the overall score moved (`เพิ่มขึ้นจากปี ๒๕๖๖ จำนวน ๓.๒๕ คะแนน`, \
    `ลดลง ๑.๒๐ คะแนน`, or a table's row under the years' scores, `เพิ่มขึ้น | ๓.๒๕`, `เพิ่มขึ้น/ลดลง | -๑.๒๐`, or its \
    column beside the year's row). The points must be this year's overall score less the other year's score as the \
    document states it (in a table or a sentence comparing the years), and the direction must be the difference's \
    sign. A change column beside an earlier year's row is held the same way to that year's score and the row above's. \
    A sentence that names no year is counted from the only other year the document scores. One unit in the last \
    place is allowed, since each score was rounded from unrounded parts. Where the other year's score is not \
    stated the change cannot be checked and nothing is said.
    """

    func check(_ record: PlanRecord, _ options: AuditOptions) -> [Finding] {
        guard let scores = record.scores, !scores.changes.isEmpty else { return [] }
        let tolerance = CrossCheck.percentTolerance(options)
        let otherYears = Set(scores.yearScores.map(\.year))
        var findings: [Finding] = []
        for change in scores.changes {
            // The score that moved: the overall score, or an earlier year's beside which a change column states it.
            let moving: (score: Located<ExactDecimal>, note: String)
            if let to = change.to {
                guard let row = scores.yearScores.first(where: { $0.year == to }) else { continue }
                moving = (row.score, "\(to) score")
            } else {
                guard let overall = scores.overall else { continue }
                moving = (overall, "overall")
            }
            guard let year = change.from ?? (otherYears.count == 1 && change.to == nil ? otherYears.first : nil),
                  let past = scores.yearScores.first(where: { $0.year == year }) else { continue }
            let difference = moving.score.value - past.score.value
            let moved: ScoreChange.Direction? = difference > .zero ? .up : difference < .zero ? .down : nil
            let size = difference < .zero ? ExactDecimal.zero - difference : difference
            let places = change.points.value.scale
            var gap = size.rounded(toPlaces: places) - change.points.value
            if gap < .zero { gap = ExactDecimal.zero - gap }
            let sameWay = moved == nil || moved == change.direction
            guard !sameWay || gap > ExactDecimal(units: 1, scale: places) + tolerance else { continue }
            let stated = "\(change.direction == .up ? "a rise" : "a fall") of \(change.points.value) points from \(year)"
                + (change.to.map { " to \($0)" } ?? "")
            let actual = moved.map { "\($0 == .up ? "a rise" : "a fall") of \(size)" } ?? "no change"
            findings.append(Finding(
                rule: id, severity: .error,
                message: "states \(stated) (line \(change.points.line)) but \(moving.score.value) (line \(moving.score.line)) − \(past.score.value) (\(year), line \(past.score.line)) is \(actual)",
                evidence: [CrossCheck.evidence(change.points, note: "change, stated"), CrossCheck.evidence(moving.score, note: moving.note),
                           CrossCheck.evidence(past.score, note: "\(year) score")],
                expected: (moved == .down ? "-" : "") + size.description,
                actual: (change.direction == .down ? "-" : "") + change.points.value.description))
        }
        return findings
    }
}
