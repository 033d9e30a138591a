import PlanRecords
import ThaiText

/// Years that disagree: one law cited with two years, dates outside the fiscal year reported on.
struct YearsDisagree: AuditRule {
    let id = "years-disagree"
    let doesArithmetic = false
    let summary = "The same law is cited with two years, or a progress report dates work outside its fiscal year."
    let explanation = """
    Two checks on years. A law, decree or regulation cited by the same name with different years \
    (`พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐` and `… พ.ศ. ๒๕๔๑`) is a slip in one place; amendments \
    named by their number (`(ฉบับที่ ๕)`) are different laws. And a progress report for fiscal year N covers \
    1 October N-1 to 30 September N: a date in its text outside that span is reported, except the issue date \
    (reports are often signed after the year), dates introduced as an issue or as-of date (`ณ วันที่`), a later date \
    standing alone on its line (`วันที่ ๙ ตุลาคม ๒๕๖๗` under the signature: when the report was signed), and \
    dates that stand after another fiscal year or another year in the same passage (they are about that year). \
    Dates in tables are not checked. Both are warnings: the auditor should read the place.
    """

    func check(_ record: PlanRecord, _ options: AuditOptions) -> [Finding] {
        lawYears(record) + datesOutside(record)
    }

    private func lawYears(_ record: PlanRecord) -> [Finding] {
        var findings: [Finding] = []
        for (_, citations) in record.citations.groupedInOrder(by: \.key) {
            let years = citations.groupedInOrder { $0.year.value }
            guard years.count > 1 else { continue }
            let sorted = years.sorted { $0.items.count > $1.items.count }
            let majority = sorted[0].items.count > sorted[1].items.count ? sorted[0] : nil
            let odd = majority.map { m in sorted.filter { $0.key != m.key }.flatMap(\.items) } ?? Array(citations.dropFirst())
            let reported = odd.first!
            let others = citations.filter { $0.line != reported.line || $0.year.column != reported.year.column }
            let list = years.map { group in "\(group.key) (line\(group.items.count > 1 ? "s" : "") \(group.items.map { String($0.line) }.joined(separator: ", ")))" }
            findings.append(Finding(
                rule: id, severity: .warning,
                message: "\(CrossCheck.shortName(reported.name, limit: 80)) is cited with \(years.count) different years: \(list.joined(separator: " and "))",
                evidence: [CrossCheck.evidence(reported.year, text: reported.year.raw, value: "พ.ศ. \(reported.year.value)", note: "cited")]
                    + others.map { CrossCheck.evidence($0.year, text: $0.year.raw, value: "พ.ศ. \($0.year.value)", note: "cited") },
                expected: majority.map { String($0.key) }, actual: String(reported.year.value),
                corroboration: majority.map { "\($0.items.count) citations give \($0.key)" }))
        }
        return findings
    }

    /// Words before a date that make it an issue, signature or as-of date.
    static let asOfWords = ["ณวันที่", "ประกาศณ", "ให้ไว้ณ", "รายงานณ", "ข้อมูลณ", "สั่งณ", "ลงวันที่"]
    /// All a line holds before a date that dates the document (compared without spaces).
    static let datedLineWords: Set<String> = ["", "วันที่", "วันที่รายงาน"]

    private func datesOutside(_ record: PlanRecord) -> [Finding] {
        guard record.document.kind == .progressReport, let fiscal = record.document.fiscalYear else { return [] }
        let year = FiscalYear(be: fiscal.value)
        var findings: [Finding] = []
        for mention in record.dates {
            let date = mention.date.value
            guard date < year.start || date > year.end else { continue }
            if let issued = record.document.issued, issued.line == mention.line || issued.value == date { continue }
            let before = CrossCheck.compact(mention.before)
            if Self.asOfWords.contains(where: before.endsWith) || Self.asOfWords.contains(where: { before.contains($0) }) { continue }
            // A line that is a date and nothing else (`วันที่ ๙ ตุลาคม ๒๕๖๗` under the reporter's signature) dates
            // the report, which is signed after its year ends.
            if date > year.end, Self.datedLineWords.contains(before) { continue }
            if let other = mention.fiscalYearBefore, other != fiscal.value { continue }
            if let other = mention.yearBefore, other != fiscal.value, other != fiscal.value - 1 { continue }
            let side = date < year.start ? "before it began" : "after it ended"
            findings.append(Finding(
                rule: id, severity: .warning,
                message: "the report is for fiscal year \(fiscal.value) (\(year.start.isoBE) – \(year.end.isoBE) BE) but line \(mention.line) dates work \(mention.date.raw), \(side)",
                evidence: [CrossCheck.evidence(mention.date, text: mention.before + mention.date.raw, note: "date"),
                           CrossCheck.evidence(fiscal, text: fiscal.raw, value: String(fiscal.value), note: "fiscal year")],
                expected: "\(year.start.isoBE) … \(year.end.isoBE)", actual: date.isoBE))
        }
        return findings
    }
}
