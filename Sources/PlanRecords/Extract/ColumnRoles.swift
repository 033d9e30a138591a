import DocumentReader
import ThaiText

/// What each column of a table holds, from its label (ColumnWords), with the years and quarters in labels.
enum ColumnRoles {
    static func roles(of table: Table) -> [ColumnRole?] {
        table.header.map(role(of:))
    }

    static func role(of label: String) -> ColumnRole? {
        let compact = TextTools.compact(label)
        guard !compact.isEmpty, !ColumnWords.notProjectColumns.contains(where: compact.includes) else { return nil }
        if compact.includes(ColumnWords.quarter) {
            return lastInteger(in: compact).flatMap { (1...4).contains($0) ? .quarter($0) : nil }
        }
        if let month = ColumnWords.quarterMonths.first(where: { compact.startsWith($0.prefix) }) { return .quarter(month.quarter) }
        if !compact.includes("งบประมาณ"), !compact.includes("เบิกจ่าย"), let status = StatusWords.status(in: compact) {
            return .status(status)
        }
        for entry in ColumnWords.roles {
            let matches: Bool
            switch entry.match {
            case .contains: matches = entry.words.contains(where: compact.includes)
            case .exact: matches = entry.words.contains(compact)
            case .prefix: matches = entry.words.contains(where: compact.startsWith)
            }
            guard matches else { continue }
            if case .budget = entry.role { return .budget(year: year(in: compact)) }
            return entry.role
        }
        return nil
    }

    /// A Buddhist-era year written in the text (`ปี ๒๕๖๖`, `2567`), read as digits.
    static func year(in compact: String) -> Int? {
        var value = 0
        var digits = 0
        for scalar in compact.unicodeScalars {
            if let digit = TextTools.digitValue(scalar) {
                // Only four digits can be a year; longer runs are counted, not accumulated (no overflow).
                if digits < 5 { value = value * 10 + digit }
                digits += 1
                continue
            }
            if digits == 4, ThaiYear.plausibleBE.contains(value) { return value }
            value = 0
            digits = 0
        }
        return digits == 4 && ThaiYear.plausibleBE.contains(value) ? value : nil
    }

    /// The last run of digits, as an integer; a run too long to be one (over 18 digits) is no integer.
    static func lastInteger(in compact: String) -> Int? {
        var last: Int?
        var value = 0
        var digits = 0
        for scalar in compact.unicodeScalars {
            if let digit = TextTools.digitValue(scalar) {
                if digits < 18 { value = value * 10 + digit }
                digits += 1
            } else if digits > 0 {
                last = digits <= 18 ? value : nil
                value = 0
                digits = 0
            }
        }
        return digits > 0 ? (digits <= 18 ? value : nil) : last
    }
}
