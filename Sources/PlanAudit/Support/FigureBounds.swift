import PlanRecords
import ThaiText

/// The rules add, subtract and multiply the document's figures exactly, in 64-bit satang-or-finer units.
/// A document whose figures are so large that their sum could leave that range (no local budget comes
/// near it) is not summed: the checker says so at the largest figure instead of trapping or rounding.
enum FigureBounds {
    /// Far above any local administration's budget (ten trillion baht), far below where sums overflow.
    static let limit = ExactDecimal(10_000_000_000_000)

    /// The largest figure when the figures together exceed `limit` (or cannot even be added), else nil.
    static func oversized(_ record: PlanRecord) -> Located<ExactDecimal>? {
        var total = ExactDecimal.zero
        var largest: Located<ExactDecimal>?
        var exceeded = false
        for figure in figures(of: record) {
            let magnitude = figure.value < .zero ? ExactDecimal.zero.subtracting(figure.value) ?? figure.value : figure.value
            if largest == nil || magnitude > largest!.value { largest = figure.map { _ in magnitude } }
            guard !exceeded else { continue }
            if let sum = total.adding(magnitude), sum <= limit { total = sum } else { exceeded = true }
        }
        return exceeded ? largest : nil
    }

    static func figures(of record: PlanRecord) -> [Located<ExactDecimal>] {
        var found = record.declared.map(\.value)
        for project in record.projects {
            for mention in project.mentions {
                found += mention.budgets.values.compactMap { located in located.value.map { value in located.map { _ in value } } }
                found += [mention.budgetForPeriod, mention.budgetPerYear, mention.disbursed].compactMap { $0 }
            }
        }
        found += record.amountsInWords.map(\.figure)
        return found
    }
}
