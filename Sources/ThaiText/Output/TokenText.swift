/// The human form of a token value: `30000.00 บาท`, `พ.ศ. 2566 (2023)`, `checked`.
public enum TokenText {
    /// A token's value; a date no calendar has is described as that (`no such date: …`), not as a figure.
    public static func describe(_ token: Token) -> String {
        if token.kind == .malformedDate, case .malformed(let reason) = token.value { return reason }
        return describe(token.value)
    }

    public static func describe(_ value: TokenValue) -> String {
        switch value {
        case .number(let number): number.description
        case .money(let amount, let words):
            "\(amount) บาท" + (words.map { $0.amount == amount ? " (words agree)" : " (words say \($0.amount))" } ?? "")
        case .percent(let number, let comparator): (comparator.map { "\($0.rawValue) " } ?? "") + "\(number)%"
        case .count(let number, let classifier): "\(number) \(classifier)"
        case .range(let from, let to, let classifier): "\(from)–\(to)" + (classifier.map { " \($0)" } ?? "")
        case .year(let year, _): "BE \(year.be) = CE \(year.ce)"
        case .yearRange(let from, let to): "BE \(from.be)–\(to.be) = CE \(from.ce)–\(to.ce)"
        case .date(let date): "\(date.isoCE) (BE \(date.isoBE))"
        case .monthYear(let month): "\(month.isoCE) (BE \(month.isoBE))"
        case .dateRange(let from, let to): "\(bound(from)) … \(bound(to))"
        case .fiscalYear(let fiscal): "FY \(fiscal.be): \(fiscal.start.isoCE) … \(fiscal.end.isoCE)"
        case .fiscalYearRange(let from, let to): "FY \(from.be)–\(to.be): \(from.start.isoCE) … \(to.end.isoCE)"
        case .fiscalYearList(let years): "FY " + years.map { String($0.be) }.joined(separator: ", ")
        case .quarter(let number): "Q\(number)"
        case .quarterRange(let from, let to): "Q\(from)–Q\(to)"
        case .tick(let state): state.rawValue
        case .ordinal(let number, let noun): "\(noun) #\(number)"
        case .identifier(let identifier): identifier
        case .malformed(let reason): "not a figure: \(reason)"
        }
    }

    private static func bound(_ bound: TokenValue.DateBound) -> String {
        switch bound {
        case .day(let date): date.isoCE
        case .month(let month): month.isoCE
        }
    }
}
