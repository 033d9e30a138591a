import PlanRecords
import ThaiText

/// An amount whose words say another amount than its figure.
struct AmountInWordsMismatch: AuditRule {
    let id = "amount-in-words"
    let summary = "An amount written in words beside its figure says a different amount."
    let explanation = """
    Thai documents write money twice: `๓๐๐,๐๐๐ บาท (สามแสนบาทถ้วน)`. The two are meant to be the same \
    amount; when they are not, one of them was mistyped or copied from another project. Each figure is held \
    against the words beside it, satang included. Quiet when they agree.
    """

    func check(_ record: PlanRecord, _ options: AuditOptions) -> [Finding] {
        var seen = Set<AmountInWords>()
        var pairs: [AmountInWords] = []
        for pair in record.amountsInWords + record.projects.flatMap({ $0.mentions.flatMap(\.amountsInWords) }) where seen.insert(pair).inserted {
            pairs.append(pair)
        }
        return pairs.filter { $0.figure.value != $0.words.value }.map { pair in
            Finding(rule: id, severity: .error,
                    message: "the figure \(CrossCheck.money(pair.figure.value)) baht is written in words as \(CrossCheck.money(pair.words.value)) baht \(pair.words.raw)",
                    evidence: [Evidence(line: pair.figure.line, column: pair.figure.column, text: pair.figure.raw,
                                        value: pair.figure.raw, note: "figure"),
                               Evidence(line: pair.words.line, column: pair.words.column, text: pair.words.raw,
                                        value: pair.words.raw, note: "in words")],
                    expected: CrossCheck.money(pair.figure.value), actual: CrossCheck.money(pair.words.value))
        }
    }
}
