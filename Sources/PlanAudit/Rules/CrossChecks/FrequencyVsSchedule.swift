import PlanRecords
import ThaiText

/// A stated frequency against the quarters ticked for the project.
struct FrequencyVsSchedule: AuditRule {
    let id = "frequency-vs-schedule"
    let doesArithmetic = false
    let summary = "A project said to run N times a year has fewer quarters ticked in a year's table."
    let explanation = """
    A detail sheet or narrative may say how often a project runs (`ปีละ ๔ ครั้ง`); a year's table ticks the \
    quarters it runs in. A project said to run up to four times a year but ticked in fewer quarters disagrees \
    with itself (several runs may share a quarter, so this is a warning). Checked only when both the \
    frequency and the ticked quarters are stated, for links that are exact or probable; frequencies above \
    four a year (monthly, weekly) are not checked against quarters.
    """

    func check(_ record: PlanRecord, _ options: AuditOptions) -> [Finding] {
        var findings: [Finding] = []
        // Most projects state no frequency: those are passed over before their mentions are copied out.
        for project in record.projects where project.mentions.contains(where: { $0.frequency != nil }) {
            let usable = project.mentions.filter(CrossCheck.comparable)
            guard let stated = usable.first(where: { $0.frequency != nil }), let frequency = stated.frequency,
                  frequency.value >= 1, frequency.value <= 4 else { continue }
            let short = Self.schedules(usable).filter { $0.quarters.count < frequency.value }
            guard !short.isEmpty else { continue }
            let years = short.map { "\($0.year): \($0.quarters.count) (line \($0.row.line))" }.joined(separator: ", ")
            findings.append(Finding(
                rule: id, severity: .warning,
                message: "\(CrossCheck.shortName(project.name)) runs \(frequency.value) times a year (line \(frequency.line)) but fewer quarters are ticked — \(years)",
                evidence: [CrossCheck.evidence(frequency, text: stated.rawName, value: frequency.raw, note: "times a year")]
                    + short.map { CrossCheck.evidence($0.row, value: $0.quarters.sorted().map { "Q\($0)" }.joined(separator: " "), note: "quarters ticked \($0.year)") },
                expected: "\(frequency.value)", actual: "\(short.map(\.quarters.count).min()!)"))
        }
        return findings
    }

    /// Each row's ticked quarters for each year it schedules: a year's table gives one year; a table whose
    /// quarter columns stand under their years gives each year it ticks (a year with nothing ticked there is
    /// one the project does not run, not one it runs too seldom).
    static func schedules(_ rows: [Mention]) -> [(row: Mention, year: Int, quarters: Set<Int>)] {
        rows.flatMap { row -> [(row: Mention, year: Int, quarters: Set<Int>)] in
            guard !row.quarterCells.isEmpty else { return [] }
            if !row.quartersByYear.isEmpty {
                return row.quartersByYear.sorted { $0.key < $1.key }.filter { !$0.value.isEmpty }.map { (row, $0.key, $0.value) }
            }
            return row.scheduleYear.map { [(row, $0, row.quarters)] } ?? []
        }
    }
}
