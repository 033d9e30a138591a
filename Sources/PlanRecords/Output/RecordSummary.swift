import ThaiText

/// `sarabun parse --format text`: the record summarised for a person.
public enum RecordSummary {
    public static func text(_ record: PlanRecord, file: String) -> String {
        var lines: [String] = []
        let info = record.document
        lines.append("\(file): \(info.kind.rawValue), \(record.source.format.rawValue), \(record.source.encoding.rawValue)")
        if let title = info.title { lines.append("  title         \(title.value)  (line \(title.line))") }
        if let organisation = info.organisation {
            var place = [organisation.district.map { "อำเภอ" + $0.value }, organisation.province.map { "จังหวัด" + $0.value }]
                .compactMap { $0 }.joined(separator: " ")
            if !place.isEmpty { place = ", " + place }
            lines.append("  organisation  \(organisation.name.value) (\(organisation.type.rawValue))\(place)  (line \(organisation.name.line))")
        }
        if let period = info.period {
            lines.append("  period        พ.ศ. \(period.value.lowerBound)–\(period.value.upperBound) (\(period.value.lowerBound - 543)–\(period.value.upperBound - 543))  (line \(period.line))")
        }
        if let year = info.fiscalYear { lines.append("  fiscal year   พ.ศ. \(year.value) (\(year.value - 543))  (line \(year.line))") }
        if let issued = info.issued { lines.append("  issued        \(issued.value.isoCE) (\(issued.raw))  (line \(issued.line))") }
        for person in info.signatories {
            lines.append("  signed        \(person.name.value)\(person.position.map { ", " + $0 } ?? "")\(person.role.map { " [\($0)]" } ?? "")  (line \(person.name.line))")
        }
        if !record.dimensions.isEmpty {
            lines.append("  dimensions    " + record.dimensions.map(\.key).joined(separator: " "))
        }
        lines.append("  projects      \(record.projects.count)")
        for project in record.projects {
            let budgets = project.budgets.keys.sorted().map { "\($0): \(project.budgets[$0]!.value)" }.joined(separator: ", ")
            var facts: [String] = []
            if let dimension = project.dimension { facts.append("มิติ \(dimension)") }
            if !budgets.isEmpty { facts.append(budgets) }
            if let disbursed = project.disbursed { facts.append("disbursed \(disbursed.value)") }
            if let status = project.status { facts.append(status.value.rawValue) }
            for year in project.schedule.keys.sorted() where !(project.schedule[year] ?? []).isEmpty {
                facts.append("schedule \(year): " + project.schedule[year]!.sorted().map { "Q\($0)" }.joined(separator: " "))
            }
            let roles = project.mentions.map { "\($0.role.rawValue)@\($0.line)\($0.confidence == .exact ? "" : "?")" }.joined(separator: " ")
            lines.append("    \(pad(String(project.id), 4)) \(project.name.isEmpty ? "(no name)" : project.name)")
            lines.append("         \(facts.joined(separator: " · "))\(facts.isEmpty ? "" : " · ")\(roles)")
        }
        if !record.declared.isEmpty {
            lines.append("  declared      \(record.declared.count)")
            for total in record.declared {
                var scope: [String] = []
                if let dimension = total.dimension { scope.append("มิติ \(dimension)") }
                if let year = total.year { scope.append(String(year)) }
                if let status = total.status { scope.append(status.rawValue) }
                if let quarter = total.quarter { scope.append("Q\(quarter)") }
                if let month = total.month { scope.append("month \(month)") }
                lines.append("    \(pad(String(total.line), 6)) \(pad(total.what.rawValue, 17)) \(total.value.value)\(scope.isEmpty ? "" : "  (" + scope.joined(separator: ", ") + ")")")
            }
        }
        if let scores = record.scores {
            let tools = scores.tools.map { "\($0.name) \($0.score?.value.description ?? "?")\($0.weight.map { " ×\($0.value)%" } ?? "")" }
            lines.append("  ITA           overall \(scores.overall?.value.description ?? "–") grade \(scores.grade?.value ?? "–"); "
                         + "\(scores.indicators.count) indicators; tools \(tools.joined(separator: ", ")); \(scores.bands.count) grade bands")
        }
        for warning in record.warnings { lines.append("  \(file):\(warning)") }
        return lines.joined(separator: "\n")
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
