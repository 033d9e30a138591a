import DocumentReader
import ThaiText

/// What each column of a table holds, from its label (ColumnWords), with the years and quarters in labels.
enum ColumnRoles {
    static func roles(of table: Table) -> [ColumnRole?] {
        let labels = table.header
        return fiscalQuarters(monthColumns(secondBudgets(yearsTotal(fundingSources(labels.map(role(of:)), labels: labels), labels: labels),
                                                         labels: labels), labels: labels))
    }

    /// A plan's total over its years (`ปี ๒๕๖๘ | ปี ๒๕๖๙ | ปี ๒๕๗๐ | รวม ๔ ปี`): a column after two or more years' amounts
    /// whose label only says it adds them up holds money, though it names no งบประมาณ or บาท. It is the budget of
    /// no one year, as `รวม (บาท)` there is.
    static func yearsTotal(_ roles: [ColumnRole?], labels: [String]) -> [ColumnRole?] {
        var years: Set<Int> = []
        var firstYearColumn: Int?
        for (column, role) in roles.enumerated() {
            if case .budget(let year) = role {
                // A column already read as the budget of no year is the total (`รวม (บาท)`).
                guard let year else { return roles }
                years.insert(year)
                firstYearColumn = firstYearColumn ?? column
            }
        }
        guard years.count >= 2, let firstYearColumn,
              let total = roles.indices.first(where: { $0 > firstYearColumn && roles[$0] == nil && isYearsTotalLabel(labels[$0]) })
        else { return roles }
        var changed = roles
        changed[total] = .budget(year: nil)
        return changed
    }

    /// `รวม`, `รวมทั้งสิ้น`, `รวม ๔ ปี`, `รวม 5 ปี (บาท)`: compared without spaces, Thai digits as Arabic.
    static func isYearsTotalLabel(_ label: String) -> Bool {
        var own = Substring(TextTools.compact(ownLabel(label)))
        if let unit = ColumnWords.moneyUnits.first(where: { own.endsWith($0) }) {
            own = own[..<own.utf8.index(own.endIndex, offsetBy: -unit.utf8.count)]
        }
        if ColumnWords.yearsTotals.contains(String(own)) { return true }
        // `รวม` + a number of years + `ปี`.
        guard own.startsWith("รวม"), own.endsWith("ปี") else { return false }
        let count = own.utf8.dropFirst("รวม".utf8.count).dropLast("ปี".utf8.count)
        return (1...2).contains(count.count) && count.allSatisfy { (0x30...0x39).contains($0) }
    }

    /// A budget split by where the money comes from (`เงินงบประมาณ | เงินอุดหนุน | อื่นๆ | รวม`): the project's
    /// budget is the `รวม` column, not the first source (whose label holds งบประมาณ). Each source is a column of its own.
    static func fundingSources(_ roles: [ColumnRole?], labels: [String]) -> [ColumnRole?] {
        let own = labels.map { TextTools.compact(ownLabel($0)) }
        let sources = own.indices.filter { column in ColumnWords.fundingSources.contains(where: own[column].includes) }
        guard sources.count >= 2,
              let total = own.indices.first(where: { $0 > sources[0] && ColumnWords.fundingSourceTotals.contains(own[$0]) })
        else { return roles }
        var changed = roles
        var year: Int?
        for column in sources where column < total {
            if case .budget(let labelled) = roles[column] { year = year ?? labelled }
            changed[column] = .fundingSource(own[column])
        }
        changed[total] = .budget(year: year ?? Self.year(in: TextTools.compact(labels[total])))
        return changed
    }

    /// Quarters under calendar years (`พ.ศ. ๒๕๖๖ / ต.ค.-ธ.ค.` then `พ.ศ. ๒๕๖๗ / ม.ค.-มี.ค.`): October to December
    /// open the next fiscal year, so a first quarter whose next quarter stands under the year after is that year's.
    static func fiscalQuarters(_ roles: [ColumnRole?]) -> [ColumnRole?] {
        var changed = roles
        for (column, role) in roles.enumerated() {
            guard case .quarter(1, let year?) = role, column + 1 < roles.count,
                  case .quarter(2, let next?) = roles[column + 1], next == year + 1 else { continue }
            changed[column] = .quarter(1, year: next)
        }
        return changed
    }

    /// A schedule drawn month by month (`ต.ค. | พ.ย. | ธ.ค. | …`): each single month's column is that month's, and
    /// ticks the quarter it falls in. Fewer month columns than `monthlyScheduleColumns` keep their reading.
    static func monthColumns(_ roles: [ColumnRole?], labels: [String]) -> [ColumnRole?] {
        let months = labels.map(month(in:))
        guard months.compactMap({ $0 }).count >= ColumnWords.monthlyScheduleColumns else { return roles }
        var changed = roles
        for (column, month) in months.enumerated() { if let month { changed[column] = .month(month) } }
        return changed
    }

    /// The fiscal month a label is, when it names one month only (`ต.ค.`, `ต.ค. ๖๖`, `ตุลาคม`; not `ต.ค.-ธ.ค.`), also
    /// under a spanning label (`พ.ศ. ๒๕๖๖ / ต.ค.`: the calendar year above it, not the fiscal year).
    static func month(in label: String) -> Int? {
        let own = ownLabel(label)
        let bytes = Array(TextTools.compact(own).utf8)
        return bytes.withUnsafeBufferPointer { text -> Int? in
            guard let (month, end) = CalendarWords.months.match(in: text, at: 0) else { return nil }
            // After the month only a year may follow (`ต.ค.๖๖`, `ตุลาคม ๒๕๖๖`); not another month (`ต.ค.-ธ.ค.`).
            let rest = String(decoding: text[end...], as: UTF8.self)
            return rest.unicodeScalars.allSatisfy({ TextTools.digitValue($0) != nil || $0 == "." }) ? CalendarWords.fiscalMonth(month) : nil
        }
    }

    /// Two budget columns for one year (`งบประมาณตามแผน`, `งบประมาณที่ได้รับอนุมัติ`): the budget is the approved
    /// one, or failing a word that says so the last (nearest the disbursement); the other is the budget as planned.
    static func secondBudgets(_ roles: [ColumnRole?], labels: [String]) -> [ColumnRole?] {
        var byYear: [Int?: [Int]] = [:]
        for (column, role) in roles.enumerated() { if case .budget(let year) = role { byYear[year, default: []].append(column) } }
        var changed = roles
        let hasDisbursed = roles.contains { $0 == .disbursed }
        for var columns in byYear.values where columns.count >= 2 {
            // `งบประมาณที่ตั้งไว้ | งบประมาณที่ใช้`: the budget and what was used of it.
            if !hasDisbursed, let spent = columns.first(where: { column in
                ColumnWords.spentBudgetWords.contains(where: TextTools.compact(labels[column]).includes)
            }) {
                changed[spent] = .disbursed
                columns.removeAll { $0 == spent }
                if columns.count < 2 { continue }
            }
            let approved = columns.first { column in
                ColumnWords.approvedBudgetWords.contains(where: TextTools.compact(labels[column]).includes)
            }
            let kept = approved ?? columns[columns.count - 1]
            for column in columns where column != kept { changed[column] = .plannedBudget }
        }
        return changed
    }

    /// A column's own label, under any spanning label above it (`พ.ศ. ๒๕๖๘ / ไตรมาส ๑` → `ไตรมาส ๑`).
    static func ownLabel(_ label: String) -> Substring {
        lastSlash(in: label).map { label[label.utf8.index(after: $0)...] } ?? Substring(label)
    }

    /// The last `/` of a label, found on its bytes (a Character walk backwards was most of reading a header).
    static func lastSlash(in label: String) -> String.Index? {
        label.utf8.lastIndex(of: UInt8(ascii: "/"))
    }

    /// What each bare figure of a money column is multiplied by, when its label counts in millions or
    /// thousands of baht; nil for baht.
    static func unitScale(of label: String) -> ExactDecimal? {
        let compact = TextTools.compact(label)
        return ColumnWords.unitScales.first { compact.includes($0.word) }.map { ExactDecimal(units: $0.scale) }
    }

    static func role(of label: String) -> ColumnRole? {
        if let role = roleOfLabel(label) { return role }
        // `ผลการ / ดำเนินงาน`, `คิดเป็น / %`: one label a narrow header cell wrapped over two rows, which the
        // reader joined as a spanning label over its own.
        guard TextTools.containsBytes(separatorBytes, in: label) else { return nil }
        return roleOfLabel(TextTools.removing(separatorBytes, from: label))
    }

    private static let separatorBytes = Array(Table.headerRowSeparator.utf8)

    private static func roleOfLabel(_ label: String) -> ColumnRole? {
        let compact = TextTools.compact(label)
        guard !compact.isEmpty, !ColumnWords.notProjectColumns.contains(where: compact.includes) else { return nil }
        // A quarter under a spanning year (`พ.ศ. ๒๕๖๘ / ไตรมาส ๑`): the year is the label above's. (A year inside
        // the quarter's own label, `ต.ค. ๒๕๖๗ - ธ.ค. ๒๕๖๗`, is a calendar year, not the fiscal one.)
        let slash = lastSlash(in: label)
        let spanningYear = slash.flatMap { year(in: TextTools.compact(label[..<$0])) }
        let own = slash != nil ? TextTools.compact(ownLabel(label)) : compact
        if let word = ByteSearch.range(of: Array(ColumnWords.quarter.utf8), in: Substring(compact)) {
            // The number after the word (`ไตรมาสที่ ๒`, `ดำเนินการไตรมาส / 1`), not a year after it
            // (`ไตรมาส 1 (ต.ค.-ธ.ค. 67)`); failing a number, the months it names.
            let after = String(compact[word.upperBound...])
            if let number = firstInteger(in: after) {
                guard (1...4).contains(number) else { return nil }
                return ColumnWords.quarterMoneyWords.contains(where: compact.includes) ? .quarterDisbursed(number) : .quarter(number, year: spanningYear)
            }
            return ColumnWords.quarterMonths.first(where: { after.includes($0.prefix) }).map { .quarter($0.quarter, year: spanningYear) }
        }
        if let month = ColumnWords.quarterMonths.first(where: { own.startsWith($0.prefix) }) { return .quarter(month.quarter, year: spanningYear) }
        // `๒๕๖๘`, `ปี ๒๕๖๘`, `พ.ศ. ๒๕๖๘`, `ปี ๖๘`: the column of that year's amounts.
        if let year = yearLabel(compact) { return .budget(year: year) }
        if !compact.includes("งบประมาณ"), !compact.includes("เบิกจ่าย"), let status = StatusWords.status(in: compact) {
            return .status(status)
        }
        for entry in ColumnWords.roles {
            let matches: Bool
            switch entry.match {
            case .contains: matches = entry.words.contains(where: compact.includes)
            case .exact: matches = entry.words.contains { TextTools.sameBytes($0, compact) }
            case .prefix: matches = entry.words.contains(where: compact.startsWith)
            }
            guard matches else { continue }
            let money = entry.role == .disbursed || entry.role == .remaining || entry.role == .budget(year: nil)
            if money, ColumnWords.percentWords.contains(where: compact.includes) {
                return entry.role == .disbursed ? .disbursedPercent : nil
            }
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

    /// The year a label that says nothing but a year names: four digits of a plausible BE year, or two
    /// (`ปี ๖๘`, the short form plans write in year columns) read as 25NN, after `ปี`, `พ.ศ.` or nothing.
    static func yearLabel(_ compact: String) -> Int? {
        var rest = Substring(compact)
        for word in ColumnWords.yearWords where rest.startsWith(word) {
            rest = rest[rest.utf8.index(rest.startIndex, offsetBy: word.utf8.count)...]
            break
        }
        if let unit = ColumnWords.moneyUnits.first(where: { rest.endsWith($0) }) {
            rest = rest[..<rest.utf8.index(rest.endIndex, offsetBy: -unit.utf8.count)]
        }
        guard !rest.isEmpty, rest.unicodeScalars.allSatisfy({ TextTools.digitValue($0) != nil }),
              let value = firstInteger(in: String(rest)) else { return nil }
        switch rest.unicodeScalars.count {
        case 4: return ThaiYear.plausibleBE.contains(value) ? value : nil
        case 2: return value >= 40 ? 2500 + value : nil
        default: return nil
        }
    }

    /// The first run of digits, as an integer (at most 9 digits).
    static func firstInteger(in compact: String) -> Int? {
        var value = 0
        var digits = 0
        for scalar in compact.unicodeScalars {
            if let digit = TextTools.digitValue(scalar) {
                guard digits < 9 else { return nil }
                value = value * 10 + digit
                digits += 1
            } else if digits > 0 {
                break
            }
        }
        return digits > 0 ? value : nil
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
