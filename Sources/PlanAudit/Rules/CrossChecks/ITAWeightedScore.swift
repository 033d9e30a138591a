import PlanRecords
import ThaiText

/// The ITA overall score, tool scores and grade against what they are made of.
struct ITAWeightedScore: AuditRule {
    let id = "ita-weighted-score"
    let summary = "The ITA overall score, a tool's score or the grade does not follow from its parts."
    let explanation = """
    The integrity assessment's overall score is the weighted sum of its tools' scores (Σ weight% × score / 100; \
    the standard weights IIT 30, EIT 30, OIT 40 when the document states none, and the finding says so), and \
    each tool's score is the mean of its indicators (checked when the document says which tool each indicator \
    belongs to). A memo that lists indicators 1–10 with no tool scores and no grouping is held to the standard \
    grouping (IIT 1–5, EIT 6–8, OIT 9–10); a disagreement then is a warning that says so. Results are rounded to the precision the document writes; a difference of one unit in the last \
    place is allowed, since the assessor rounds from unrounded parts. A stated weighted column is checked the \
    same way. Weights written as fractions (0.30, 0.30, 0.40) are read as percentages; stated weights must add \
    to 100 (or 1), and when they do not and the overall score agrees with the standard weights, the weights are \
    the figure blamed. The grade must be the band the overall score falls in: the bands the document gives, else the \
    standard AA ≥ 95, A 85–94.99, B 75–84.99, C 65–74.99, D 55–64.99, E 40–54.99, F < 40. (Later years' criteria \
    start E at 50: by the standard bands, a score from 40 to 49.99 may be E or F, and either passes.) Another year's \
    grade in a table comparing the years is held to that year's score the same way.
    """

    static let defaultWeights: [String: ExactDecimal] = ["IIT": ExactDecimal(30), "EIT": ExactDecimal(30), "OIT": ExactDecimal(40)]
    /// The indicators of each tool in the assessment of 2561–2567 (ten indicators).
    static let standardGrouping: [String: ClosedRange<Int>] = ["IIT": 1...5, "EIT": 6...8, "OIT": 9...10]
    static let standardBands: [(String, ExactDecimal)] = [
        ("AA", ExactDecimal(95)), ("A", ExactDecimal(85)), ("B", ExactDecimal(75)), ("C", ExactDecimal(65)),
        ("D", ExactDecimal(55)), ("E", ExactDecimal(40)), ("F", .zero),
    ]
    /// Scores that the criteria of one year grade E and of a later year F (E began at 40, later at 50).
    static let eOrF = ExactDecimal(40)..<ExactDecimal(50)

    func check(_ record: PlanRecord, _ options: AuditOptions) -> [Finding] {
        guard let scores = record.scores else { return [] }
        var findings: [Finding] = []
        let tolerance = CrossCheck.percentTolerance(options)

        let weightUnit = WeightUnit(scores.tools.compactMap { $0.weight?.value })
        var weightsFinding = weightsAddUp(scores, weightUnit, tolerance)

        // Each tool against the mean of its indicators. Ten indicators with no tool named and no tool scored are
        // grouped as the assessment groups them, for the overall score only.
        // Ten indicators under no tool beside stated tool scores (`คะแนน EIT` rows under the indicators): each tool
        // is held to the mean of the assessment's group, as a warning, since the grouping is assumed.
        let ungrouped = scores.indicators.allSatisfy { $0.tool == nil } && scores.indicators.map(\.number).sorted() == Array(1...10)
        let assumesGrouping = ungrouped && scores.tools.allSatisfy { $0.score == nil }
        var toolScores: [String: (ExactDecimal, Located<ExactDecimal>?)] = [:]
        for tool in scores.tools {
            let group = ungrouped ? Self.standardGrouping[tool.name.uppercased()] : nil
            let indicators = scores.indicators.filter { $0.tool?.uppercased() == tool.name.uppercased() || group?.contains($0.number) == true }
            if let stated = tool.score {
                toolScores[tool.name.uppercased()] = (stated.value, stated)
                let sum = indicators.reduce(ExactDecimal.zero) { $0 + $1.score.value }
                // (With no indicators there is no mean, but the weighted column below is still checked.)
                if !indicators.isEmpty, let mean = ExactDecimal.divide(sum, by: ExactDecimal(indicators.count), places: stated.value.scale),
                   !close(mean, stated.value, tolerance) {
                    let assumed = ungrouped ? " (its indicators as the assessment groups them: the document names none of them)" : ""
                    findings.append(Finding(
                        rule: id, severity: ungrouped ? .warning : .error,
                        message: "\(tool.name) score is \(stated.value) (line \(stated.line)) but the mean of its \(indicators.count) indicators is \(mean) (\(indicators.map { $0.score.value.description }.joined(separator: " + ")) = \(sum), ÷ \(indicators.count))\(assumed)",
                        evidence: [CrossCheck.evidence(stated, note: "\(tool.name) stated")]
                            + indicators.map { CrossCheck.evidence($0.score, text: "ตัวชี้วัดที่ \($0.number) \($0.name)", note: "indicator (\(tool.name))") },
                        expected: mean.description, actual: stated.value.description))
                }
            } else if let mean = Self.mean(indicators) {
                toolScores[tool.name.uppercased()] = (mean, nil)
            }
            // A stated weighted column.
            if let weighted = tool.weighted, let weight = tool.weight, let score = tool.score {
                let product = (weightUnit.percent(weight.value) * score.value)
                if let expected = ExactDecimal.divide(product, by: ExactDecimal(100), places: weighted.value.scale),
                   !close(expected, weighted.value, tolerance) {
                    findings.append(Finding(
                        rule: id, severity: .error,
                        message: "\(tool.name) weighted score is \(weighted.value) (line \(weighted.line)) but \(weightUnit.written(weight.value)) × \(score.value) = \(expected)",
                        evidence: [CrossCheck.evidence(weighted, note: "weighted, stated"), CrossCheck.evidence(weight, note: "weight"),
                                   CrossCheck.evidence(score, note: "score")],
                        expected: expected.description, actual: weighted.value.description))
                }
            }
        }

        // A memo that names no tools at all: each standard tool from its indicators.
        if assumesGrouping {
            for (name, group) in Self.standardGrouping where toolScores[name] == nil {
                if let mean = Self.mean(scores.indicators.filter { group.contains($0.number) }) { toolScores[name] = (mean, nil) }
            }
        }

        // Indicators the document groups under its tools (a tool column beside them) with no tool's score stated:
        // each tool from its own indicators.
        for name in Set(scores.indicators.compactMap { $0.tool?.uppercased() }) where toolScores[name] == nil {
            if let mean = Self.mean(scores.indicators.filter { $0.tool?.uppercased() == name }) { toolScores[name] = (mean, nil) }
        }

        // The overall score against the weighted tools.
        if let overall = scores.overall {
            let names = ["IIT", "EIT", "OIT"]
            let stated = scores.tools.filter { $0.weight != nil }
            let useDefault = stated.isEmpty
            var weights: [String: (ExactDecimal, Located<ExactDecimal>?)] = [:]
            if useDefault {
                for (name, weight) in Self.defaultWeights { weights[name] = (weight, nil) }
            } else {
                for tool in stated { weights[tool.name.uppercased()] = (weightUnit.percent(tool.weight!.value), tool.weight) }
            }
            let parts = useDefault ? names : weights.keys.sorted { (names.firstIndex(of: $0) ?? 9, $0) < (names.firstIndex(of: $1) ?? 9, $1) }
            if !parts.isEmpty, parts.allSatisfy({ toolScores[$0] != nil && weights[$0] != nil }) {
                let places = overall.value.scale
                var exact: ExactDecimal? = .zero
                var partsRounded: ExactDecimal? = .zero
                for name in parts {
                    let product = weights[name]!.0.multiplied(by: toolScores[name]!.0)
                    exact = product.flatMap { exact?.adding($0) }
                    let share = product.flatMap { ExactDecimal.divide($0, by: ExactDecimal(100), places: places) }
                    partsRounded = share.flatMap { partsRounded?.adding($0) }
                }
                // A weighted sum that cannot be worked out exactly is not compared (never a made-up zero).
                if let exact, let partsRounded, let computed = ExactDecimal.divide(exact, by: ExactDecimal(100), places: places),
                   !close(computed, overall.value, tolerance) && !close(partsRounded, overall.value, tolerance),
                   // Weights that do not add up are reported as such; when the standard weights give the overall
                   // score, the weights are what is wrong, not the score.
                   useDefault || !agreesWithStandardWeights(overall.value, toolScores, tolerance) {
                    let terms = parts.map { "\(weights[$0]!.0.normalized)% × \($0) \(toolScores[$0]!.0.rounded(toPlaces: max(2, places)))" }.joined(separator: " + ")
                    var note = useDefault ? " (the document states no weights: the standard IIT 30, EIT 30, OIT 40 are used)" : ""
                    if assumesGrouping {
                        note += " (each tool the mean of its indicators as the assessment groups them, IIT 1–5, EIT 6–8, OIT 9–10: the document states no tool scores)"
                    }
                    findings.append(Finding(
                        rule: id, severity: assumesGrouping ? .warning : .error,
                        message: "overall ITA score is \(overall.value) (line \(overall.line)) but \(terms) = \(computed)\(note)",
                        evidence: [CrossCheck.evidence(overall, note: "overall, stated")]
                            + parts.compactMap { name in toolScores[name]!.1.map { CrossCheck.evidence($0, note: "\(name) score") } }
                            + parts.compactMap { name in weights[name]!.1.map { CrossCheck.evidence($0, note: "\(name) weight") } }
                            + (assumesGrouping ? scores.indicators.sorted { $0.number < $1.number }.map { indicator in
                                let tool = Self.standardGrouping.first { $0.value.contains(indicator.number) }?.key ?? "?"
                                return CrossCheck.evidence(indicator.score, text: "ตัวชี้วัดที่ \(indicator.number) \(indicator.name)", note: "indicator (\(tool))")
                            } : []),
                        expected: computed.description, actual: overall.value.description))
                }
            }

            if weightsFinding != nil, agreesWithStandardWeights(overall.value, toolScores, tolerance) {
                weightsFinding!.message += "; the overall score \(overall.value) (line \(overall.line)) is what the standard weights IIT 30, EIT 30, OIT 40 give"
            }

            // The grade against its band.
            if let grade = scores.grade, let finding = gradeFinding(grade, for: overall, what: "the overall score", scores) {
                findings.append(finding)
            }
        }
        // Other years' scores and grades (a table comparing the years): each grade against its score's band.
        for past in scores.yearScores {
            guard let grade = past.grade, let finding = gradeFinding(grade, for: past.score, what: "the \(past.year) score", scores) else { continue }
            findings.append(finding)
        }
        return (weightsFinding.map { [$0] } ?? []) + findings
    }

    /// `grade` against the band `score` falls in: the document's bands, else the standard ones; nil where they agree.
    private func gradeFinding(_ grade: Located<String>, for score: Located<ExactDecimal>, what: String, _ scores: ITAScores) -> Finding? {
        let bands: [(String, ExactDecimal)] = scores.bands.isEmpty ? Self.standardBands
            : scores.bands.map { ($0.grade.uppercased(), $0.low) }.sorted { $0.1 > $1.1 }
        let statedGrade = grade.value.uppercased().filter { !$0.isWhitespace }
        let eitherCriteria = scores.bands.isEmpty && Self.eOrF.contains(score.value) && (statedGrade == "E" || statedGrade == "F")
        guard !eitherCriteria, let band = bands.first(where: { score.value >= $0.1 }), band.0 != statedGrade else { return nil }
        let source = scores.bands.isEmpty ? "the standard bands" : "the document's bands (line \(scores.bands.map(\.line).min()!))"
        let bandLine = scores.bands.first { $0.grade.uppercased() == band.0 }
        let higher = bands.last { $0.1 > band.1 }.map { ($0.1 - ExactDecimal(units: 1, scale: 2)).description }
        let range = bandLine.map { "\($0.low)–\($0.high.map(\.description) ?? "")" } ?? higher.map { "\(band.1)–\($0)" } ?? "≥ \(band.1)"
        return Finding(
            rule: id, severity: .error,
            message: "grade \(grade.value) (line \(grade.line)) does not match \(what) \(score.value), which falls in band \(band.0) (\(range)) by \(source)",
            evidence: [CrossCheck.evidence(grade, note: "grade, stated"), CrossCheck.evidence(score, note: what.hasPrefix("the overall") ? "overall" : "score")]
                + (bandLine.map { [Evidence(line: $0.line, text: "\($0.grade) \($0.low)–\($0.high.map(\.description) ?? "")", note: "band")] } ?? []),
            expected: band.0, actual: grade.value)
    }

    /// The mean of indicators' scores, two places finer than the finest written (nil for none).
    static func mean(_ indicators: [IndicatorScore]) -> ExactDecimal? {
        guard !indicators.isEmpty else { return nil }
        let sum = indicators.reduce(ExactDecimal.zero) { $0 + $1.score.value }
        let places = indicators.map(\.score.value.scale).max() ?? 2
        return ExactDecimal.divide(sum, by: ExactDecimal(indicators.count), places: places + 2)
    }

    /// Stated tool weights that do not add to 100% (or to 1, written as fractions).
    private func weightsAddUp(_ scores: ITAScores, _ unit: WeightUnit, _ tolerance: ExactDecimal) -> Finding? {
        let weighted = scores.tools.filter { $0.weight != nil }
        guard weighted.count >= 2 else { return nil }
        let sum = weighted.reduce(ExactDecimal.zero) { $0 + unit.percent($1.weight!.value) }
        guard sum != ExactDecimal(100) else { return nil }
        let terms = weighted.map { "\($0.name) \($0.weight!.value)" }.joined(separator: " + ")
        let total = unit.isFraction ? (ExactDecimal.divide(sum, by: ExactDecimal(100), places: 4) ?? sum) : sum
        return Finding(
            rule: id, severity: .error,
            message: "the tool weights add to \(total)\(unit.isFraction ? "" : "%"), not \(unit.isFraction ? "1" : "100%") (\(terms))",
            evidence: weighted.map { CrossCheck.evidence($0.weight!, note: "\($0.name) weight") },
            expected: unit.isFraction ? "1" : "100", actual: total.description)
    }

    /// Whether the standard weights (IIT 30, EIT 30, OIT 40) give the stated overall score.
    private func agreesWithStandardWeights(_ overall: ExactDecimal, _ toolScores: [String: (ExactDecimal, Located<ExactDecimal>?)],
                                           _ tolerance: ExactDecimal) -> Bool {
        var sum = ExactDecimal.zero
        for (name, weight) in Self.defaultWeights {
            guard let score = toolScores[name]?.0, let product = weight.multiplied(by: score), let next = sum.adding(product) else { return false }
            sum = next
        }
        guard let computed = ExactDecimal.divide(sum, by: ExactDecimal(100), places: overall.scale) else { return false }
        return close(computed, overall, tolerance)
    }

    /// Equal to the last written place, allowing one unit there (rounding from unrounded parts) and the tolerance.
    private func close(_ computed: ExactDecimal, _ stated: ExactDecimal, _ tolerance: ExactDecimal) -> Bool {
        let places = stated.scale
        let rounded = computed.rounded(toPlaces: places)
        var difference = rounded - stated
        if difference < .zero { difference = ExactDecimal.zero - difference }
        let unit = ExactDecimal(units: 1, scale: places)
        return difference <= unit + tolerance
    }
}

/// How a document writes its tool weights: as percentages (30, 30, 40) or as fractions (0.30, 0.30, 0.40).
struct WeightUnit {
    let isFraction: Bool

    /// Fractions when every stated weight is at most 1: no tool weighs 1% or less.
    init(_ weights: [ExactDecimal]) {
        isFraction = !weights.isEmpty && weights.allSatisfy { $0 <= ExactDecimal(1) }
    }

    /// The weight as a percentage.
    func percent(_ weight: ExactDecimal) -> ExactDecimal { isFraction ? weight * ExactDecimal(100) : weight }

    /// The weight as the document writes it, in a formula.
    func written(_ weight: ExactDecimal) -> String { isFraction ? "\(weight) (\(percent(weight).normalized)%)" : "\(weight)%" }
}
