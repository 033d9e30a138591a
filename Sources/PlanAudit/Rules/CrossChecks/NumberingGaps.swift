import PlanRecords
import ThaiText

/// Numbering that repeats or skips within one sequence.
struct NumberingGaps: AuditRule {
    let id = "numbering"
    let doesArithmetic = false
    let summary = "Row numbers or detail-sheet numbers (ลำดับที่) repeat or skip within one sequence."
    let explanation = """
    Follows the numbers of table rows (in line order) and of detail sheets (`ลำดับที่ N`). A table's numbering \
    may continue from the previous table (a summary numbered across dimension groups and pages) or restart at \
    1 (a new sequence: each year's table numbered from 1). A number met twice in one sequence is reported as \
    an error (the finding names the number missing where the repeat stands, when one is); a number that skips \
    ahead is a warning. Starred extra items (`*1`, `๓*`) are outside the sequence. Detail-sheet gaps are \
    reported only when every project has its sheet, since a sheet the reader could not link leaves a gap \
    that is not in the document.
    """

    struct Item {
        var number: Int
        var mention: Mention
        var projectName: String
    }

    func check(_ record: PlanRecord, _ options: AuditOptions) -> [Finding] {
        // The numbered table rows and detail sheets, picked out by index: a mention is copied only when kept.
        var rows: [Item] = []
        var sheets: [Item] = []
        for project in record.projects {
            let mentions = project.mentions
            for index in mentions.indices {
                guard let number = mentions[index].number, !starred(mentions[index].numbering, mentions[index].dimension) else { continue }
                if CrossCheck.isTableRole(mentions[index].role) && mentions[index].table != nil {
                    rows.append(Item(number: number, mention: mentions[index], projectName: project.name))
                }
                if mentions[index].role == .detailSheet {
                    sheets.append(Item(number: number, mention: mentions[index], projectName: project.name))
                }
            }
        }
        // Table rows, in line order, across tables.
        rows.sort { ($0.mention.line, $0.mention.column, $0.number) < ($1.mention.line, $1.mention.column, $1.number) }
        // One row mentioned by two projects (a merged cell read twice) counts once.
        var seenRows = Set<String>()
        rows = rows.filter { seenRows.insert("\($0.mention.line):\($0.mention.column):\($0.number)").inserted }
        var findings = sequences(of: rows, splitAtTables: true).flatMap { check($0, what: "row number", reportGaps: true) }

        sheets.sort { $0.mention.line < $1.mention.line }
        var seenSheets = Set<Int>()
        sheets = sheets.filter { seenSheets.insert($0.mention.line).inserted }
        let everySheetLinked = record.projects.allSatisfy { project in project.mentions.contains { $0.role == .detailSheet } }
        findings += sequences(of: sheets, splitAtTables: false).flatMap { check($0, what: "detail sheet", reportGaps: everySheetLinked) }
        return findings
    }

    private func starred(_ numbering: String?, _ dimension: String?) -> Bool {
        (numbering?.contains("*") ?? false) || (dimension?.contains("*") ?? false)
    }

    /// Splits items into sequences: a restart at 1, or a table that does not continue the last one's numbers.
    private func sequences(of items: [Item], splitAtTables: Bool) -> [[Item]] {
        var result: [[Item]] = []
        var current: [Item] = []
        for item in items {
            if let last = current.last {
                let newTable = splitAtTables && item.mention.table != last.mention.table
                if item.number == 1 || newTable && item.number != last.number + 1 {
                    result.append(current)
                    current = []
                }
            }
            current.append(item)
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    private func label(_ item: Item, _ what: String) -> String {
        what == "detail sheet" ? "ลำดับที่ \(item.number) (line \(item.mention.line))" : "row \(item.number) (line \(item.mention.line))"
    }

    private func check(_ sequence: [Item], what: String, reportGaps: Bool) -> [Finding] {
        var findings: [Finding] = []
        var seen: [Int: Item] = [:]
        for (index, item) in sequence.enumerated() {
            if let earlier = seen[item.number] {
                // Which number belongs where the repeat stands: between its neighbours.
                let before = index > 0 ? sequence[index - 1].number : nil
                let after = index + 1 < sequence.count ? sequence[index + 1].number : nil
                var missing: Int?
                if let before, let after, after == before + 2, !sequence.contains(where: { $0.number == before + 1 }) { missing = before + 1 }
                let wherePart = missing.map { "; it stands where \($0) is missing (between \($0 - 1) and \($0 + 1))" } ?? ""
                let name = what == "detail sheet" ? "ลำดับที่ \(item.number)" : "row number \(item.number)"
                findings.append(Finding(
                    rule: id, severity: .error,
                    message: "\(name) is used twice: line \(earlier.mention.line) and line \(item.mention.line) (\(CrossCheck.shortName(item.projectName, limit: 50)))\(wherePart)",
                    evidence: [CrossCheck.evidence(item.mention, value: item.mention.numbering, note: "repeated"),
                               CrossCheck.evidence(earlier.mention, value: earlier.mention.numbering, note: "first used")],
                    expected: missing.map(String.init), actual: String(item.number)))
                if let missing { seen[missing] = item }  // explained: not a gap as well
            } else {
                seen[item.number] = item
            }
        }
        guard reportGaps else { return findings }
        // Gaps: numbers below the highest never used (and not explained by a repeat).
        let numbers = Set(sequence.map(\.number))
        guard let low = sequence.map(\.number).min(), let high = numbers.max() else { return findings }
        // Numbers mostly missing are not a numbering with gaps (a figure or a code read as a row number):
        // nothing to report, and nothing to list.
        guard high - low < 2 * numbers.count + 10 else { return findings }
        var missing = (low...high).filter { !numbers.contains($0) && seen[$0] == nil }
        while let first = missing.first {
            var run = [first]
            missing.removeFirst()
            while let next = missing.first, next == run.last! + 1 { run.append(next); missing.removeFirst() }
            let after = sequence.first { $0.number == run.last! + 1 } ?? sequence.first { $0.number > run.last! }!
            let before = sequence.last { $0.number < first && $0.mention.line < after.mention.line }
            let numbersText = run.count == 1 ? "\(first)" : "\(first)–\(run.last!)"
            let name = what == "detail sheet" ? "ลำดับที่ \(numbersText)" : "row number \(numbersText)"
            findings.append(Finding(
                rule: id, severity: .warning,
                message: "\(name) is missing: the numbering goes from \(before.map { label($0, what) } ?? "the start") to \(label(after, what))",
                evidence: [CrossCheck.evidence(after.mention, value: after.mention.numbering, note: "after the gap")]
                    + (before.map { [CrossCheck.evidence($0.mention, value: $0.mention.numbering, note: "before the gap")] } ?? []),
                expected: String(first), actual: String(after.number)))
        }
        return findings
    }
}
