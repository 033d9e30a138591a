import PlanRecords
import ThaiText

/// Where a table row stands among the document's tables: its table, its row, then its line and column (the
/// items of one merged row). Lines alone tie when a whole table is exported on one line.
struct RowPlace: Hashable, Comparable {
    let table: Int
    let row: Int
    let line: Int
    let column: Int

    static func < (lhs: RowPlace, rhs: RowPlace) -> Bool {
        (lhs.table, lhs.row, lhs.line, lhs.column) < (rhs.table, rhs.row, rhs.line, rhs.column)
    }

    /// Before every row of every table.
    static let start = RowPlace(table: Int.min, row: Int.min, line: Int.min, column: Int.min)
}

extension Mention {
    /// Its row's place, for a table row.
    var place: RowPlace? { table.map { RowPlace(table: $0, row: row ?? line, line: line, column: column) } }
}

extension DeclaredTotal {
    /// Its total row's place, for a figure of a total row.
    var place: RowPlace? { table.map { RowPlace(table: $0, row: row ?? rowPosition, line: rowPosition, column: 0) } }
}

/// What the totals rules share: a document's table rows grouped under the total rows that total them,
/// sums of their figures, and the wording of figures in messages.
struct TotalsContext {
    /// One table row naming an item. A class: the rules gather, filter and sort rows many times a document,
    /// and copying the whole mention each time was most of their cost.
    final class Row {
        let mention: Mention
        let place: RowPlace
        var line: Int { mention.line }

        init(mention: Mention, place: RowPlace) {
            self.mention = mention
            self.place = place
        }
    }

    let record: PlanRecord
    /// Every table row, per table, in order.
    let rows: [Int: [Row]]
    /// The places of each table's total rows, ascending.
    let totalPlaces: [Int: [RowPlace]]
    /// Total rows that close a whole table (`รวมทั้งสิ้น`) rather than one group.
    let grandPlaces: [Int: Set<RowPlace>]
    /// The document's tables by index.
    let tablesByIndex: [Int: TableRecord]
    /// The subtotals under each whole-table total and year, worked out once: every totals rule asks, and telling
    /// the outermost apart compares every subtotal's rows.
    private let subtotalsFound = SubtotalsFound()

    private final class SubtotalsFound {
        struct Key: Hashable { let grand: RowPlace; let year: Int? }
        var byKey: [Key: [DeclaredTotal]] = [:]
    }

    init(_ record: PlanRecord) {
        self.record = record
        tablesByIndex = Dictionary(record.tables.map { ($0.index, $0) }, uniquingKeysWith: { first, _ in first })
        var rows: [Int: [Row]] = [:]
        for project in record.projects {
            // By index: a mention outside every table is passed over without being copied.
            for index in project.mentions.indices {
                guard let table = project.mentions[index].table, let place = project.mentions[index].place else { continue }
                rows[table, default: []].append(Row(mention: project.mentions[index], place: place))
            }
        }
        for key in rows.keys { rows[key]!.sort { $0.place < $1.place } }
        self.rows = rows
        var totalPlaces: [Int: Set<RowPlace>] = [:]
        var grandPlaces: [Int: Set<RowPlace>] = [:]
        for total in record.declared {
            guard let table = total.table, let place = total.place else { continue }
            totalPlaces[table, default: []].insert(place)
            if total.what == .grandTotal || Self.saysWhole(total.context) { grandPlaces[table, default: []].insert(place) }
        }
        self.totalPlaces = totalPlaces.mapValues { $0.sorted() }
        self.grandPlaces = grandPlaces
    }

    /// `รวมทั้งสิ้น`, `รวมทั้งหมด`: a total of everything above it.
    static func saysWhole(_ text: String) -> Bool {
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: text.unicodeScalars.lazy.filter { $0 != " " && $0 != "\t" && $0 != "\u{A0}" })
        let compact = String(kept)
        return compact.includes("ทั้งสิ้น") || compact.includes("ทั้งหมด")
    }

    func isGrand(_ total: DeclaredTotal) -> Bool {
        guard let table = total.table, let place = total.place else { return total.what == .grandTotal }
        return grandPlaces[table]?.contains(place) ?? false
    }

    /// The tables read as one with `table`: it and the tables just before it with the same columns and year
    /// (a table the reader split where a page repeated its header under a misspelled label).
    func chain(_ table: Int) -> [Int] {
        let byIndex = tablesByIndex
        guard let own = byIndex[table] else { return [table] }
        var chain = [table]
        var index = table - 1
        while let previous = byIndex[index], previous.roles == own.roles, previous.year == own.year {
            chain.append(index)
            index -= 1
        }
        return chain
    }

    /// The rows a total row totals: for a group total, the rows of its table between the previous total
    /// row and it (within its dimension, when both say one); for a whole-table total, every row since the
    /// previous whole-table total, or, when it heads the table (`รวมทั้งสิ้น` right under the header), every
    /// row below it. A table split in two by the reader counts as one.
    func group(of total: DeclaredTotal) -> [Row] {
        guard let table = total.table, let place = total.place else { return [] }
        let tables = chain(table)
        let grand = isGrand(total)
        let boundaries = tables.flatMap { grand ? Array(grandPlaces[$0] ?? []) : (totalPlaces[$0] ?? []) }
        var range = (boundaries.filter { $0 < place }.max() ?? .start)...place
        let all = tables.flatMap { rows[$0] ?? [] }
        if grand, !all.contains(where: { $0.place > range.lowerBound && $0.place < place }), let lead = headsTable(total, rows: all) {
            range = place...lead
        }
        let above = all.filter { row in
            guard row.place > range.lowerBound, row.place < range.upperBound else { return false }
            if !grand, let dimension = total.dimension, let own = row.mention.dimension {
                return Self.sameDimension(dimension, own)
            }
            return true
        }.sorted { $0.place < $1.place }
        if above.isEmpty, !grand, let dimension = total.dimension {
            // A dimension's total right under its missions' subtotals (`รวมภารกิจ ๑.๒` then `รวมมิติที่ ๑`): every row
            // of the dimension since the last whole-table total.
            let start = tables.flatMap { grandPlaces[$0] ?? [] }.filter { $0 < place }.max() ?? .start
            let dimensionRows = all.filter { row in
                guard row.place > start, row.place < place, let own = row.mention.dimension else { return false }
                return Self.sameDimension(dimension, own)
            }
            if !dimensionRows.isEmpty { return dimensionRows.sorted { $0.place < $1.place } }
            // A dimension's totals written on its heading row, above its rows (`มิติที่ ๑ … | ๓ โครงการ | 55,000`): the
            // rows of that dimension below it, up to the next whole-table total.
            let end = tables.flatMap { grandPlaces[$0] ?? [] }.filter { $0 > place }.min()
            return all.filter { row in
                guard row.place > place, end.map({ row.place < $0 }) ?? true, let own = row.mention.dimension else { return false }
                return Self.sameDimension(dimension, own)
            }.sorted { $0.place < $1.place }
        }
        return above
    }

    /// For a whole-table total with no row above it: where the rows it totals end (the next whole-table total,
    /// else past the last row), when rows follow it.
    private func headsTable(_ total: DeclaredTotal, rows: [Row]) -> RowPlace? {
        guard let place = total.place, let table = total.table, rows.contains(where: { $0.place > place }) else { return nil }
        let next = chain(table).flatMap { grandPlaces[$0] ?? [] }.filter { $0 > place }.min()
        return next ?? RowPlace(table: Int.max, row: Int.max, line: Int.max, column: Int.max)
    }

    /// Subtotal rows standing in a whole-table total's range, for `year`.
    func subtotals(under grand: DeclaredTotal, year: Int?) -> [DeclaredTotal] {
        guard let table = grand.table, let place = grand.place else { return [] }
        let tables = Set(chain(table))
        let previous = tables.flatMap { grandPlaces[$0] ?? [] }.filter { $0 < place }.max() ?? .start
        let key = SubtotalsFound.Key(grand: place, year: year)
        if let found = subtotalsFound.byKey[key] { return found }
        let all = record.declared.filter {
            guard $0.what == .subtotal, let own = $0.table, tables.contains(own), let subtotal = $0.place else { return false }
            return $0.year == year && subtotal > previous && subtotal < place
        }
        let found = Self.outermost(all, groups: all.map { Set(group(of: $0).map(\.place)) })
        subtotalsFound.byKey[key] = found
        return found
    }

    /// Subtotals at one level: a mission's subtotal whose rows a later dimension total also totals
    /// (`รวมภารกิจ ๑.๑`, `รวมภารกิจ ๑.๒`, then `รวมมิติที่ ๑`) is left out, so no row is counted twice.
    static func outermost(_ subtotals: [DeclaredTotal], groups: [Set<RowPlace>]) -> [DeclaredTotal] {
        guard subtotals.count > 1 else { return subtotals }
        return subtotals.indices.filter { index in
            let own = groups[index]
            guard !own.isEmpty else { return true }
            return !groups.indices.contains { other in
                other != index && !groups[other].isEmpty && own.isSubset(of: groups[other]) && (own != groups[other] || other > index)
            }
        }.map { subtotals[$0] }
    }

    /// The whole-table total closing the group a subtotal stands in, for `year`.
    func grandTotal(over subtotal: DeclaredTotal, year: Int?) -> DeclaredTotal? {
        guard let table = subtotal.table, let place = subtotal.place else { return nil }
        return record.declared
            .filter { total in
                guard total.what == .grandTotal, let own = total.table, total.year == year,
                      let grand = total.place, grand > place else { return false }
                return chain(own).contains(table)
            }
            .min { $0.place! < $1.place! }
    }

    // MARK: Dimensions

    /// `*1`, `1*`, `๑*` → `1*`; `1` → `1`.
    static func normalDimension(_ key: String) -> String {
        let starred = key.contains("*")
        let digits = key.unicodeScalars.compactMap { scalar -> Character? in
            switch scalar.value {
            case 0x30...0x39: return Character(scalar)
            case 0x0E50...0x0E59: return Character(Unicode.Scalar(scalar.value - 0x0E50 + 0x30)!)
            default: return nil
            }
        }
        return String(digits) + (starred ? "*" : "")
    }

    static func sameDimension(_ a: String, _ b: String) -> Bool { normalDimension(a) == normalDimension(b) }

    static func isStarred(_ key: String?) -> Bool { key?.contains("*") ?? false }

    /// An item marked as an addition outside the plan: its dimension starred (`มิติ ๓*`) or its number (`4*`).
    static func isAddition(_ mention: Mention) -> Bool { isStarred(mention.dimension) || isStarred(mention.numbering) }

    /// The mark that makes an item an addition, as written: its starred dimension or number.
    static func additionMark(_ mention: Mention) -> String? {
        isStarred(mention.dimension) ? mention.dimension : isStarred(mention.numbering) ? mention.numbering : nil
    }

    // MARK: Figures of a row

    /// A row's budget for `year`: its amount, zero for `-` (not planned), nil when the row has no value for it.
    static func budget(of mention: Mention, year: Int?) -> ExactDecimal? {
        if let year {
            guard let cell = mention.budgets[year] else { return nil }
            return cell.value ?? .zero
        }
        if mention.budgets.count == 1, let cell = mention.budgets.first?.value { return cell.value ?? .zero }
        return mention.budgetForPeriod?.value
    }

    /// The row's budget cell as written, for evidence.
    static func budgetRaw(of mention: Mention, year: Int?) -> String? {
        if let year { return mention.budgets[year]?.raw }
        if mention.budgets.count == 1 { return mention.budgets.first?.value.raw }
        return mention.budgetForPeriod?.raw
    }

    /// The budgets of some rows for one year: their sum, the rows that gave it, and how many rows' values
    /// could not be aligned (merged cells), so that the sum is only a lower bound.
    /// The rows are kept as references (`Row`): a sum is taken for every total row, and copying each row's
    /// mention into it was a third of the totals rules' time.
    struct BudgetSum {
        var sum: ExactDecimal = .zero
        var counted: [Row] = []
        var unaligned: [Row] = []
        var complete: Bool { unaligned.isEmpty }
    }

    /// Why these rows' figures are unknown, for messages: merged cells whose values could not be aligned,
    /// figures that are no number as written, or both.
    static func whyUnknown(_ rows: [Row]) -> String { whyUnknown(rows.map(\.mention)) }

    static func whyUnknown(_ mentions: [Mention]) -> String {
        let unaligned = mentions.contains { !$0.valuesAligned }
        let unreadable = mentions.contains { !$0.unreadable.isEmpty }
        switch (unaligned, unreadable) {
        case (true, true): return "values could not be aligned or read"
        case (false, true): return "figures could not be read"
        default: return "values could not be aligned"
        }
    }

    /// A row whose figures are unknown, as evidence: why, and the figure as written when it was unreadable.
    static func unknownEvidence(_ row: Row) -> Evidence { unknownEvidence(row.mention) }

    static func unknownEvidence(_ mention: Mention) -> Evidence {
        guard mention.valuesAligned, let figure = mention.unreadable.first else {
            return rowEvidence(mention, value: nil, note: "values not aligned")
        }
        return rowEvidence(mention, value: figure.raw, note: "\(figure.value) is not a figure as written")
    }

    static func budgets(of rows: [Row], year: Int?) -> BudgetSum {
        var result = BudgetSum()
        for row in rows {
            guard row.mention.figuresKnown else { result.unaligned.append(row); continue }
            result.counted.append(row)
            if let amount = budget(of: row.mention, year: year) { result.sum = result.sum + amount }
        }
        return result
    }

    /// The sum of all the rows a grand total totals, for `year`, where a group whose rows could not all be
    /// aligned counts as its stated subtotal: the best figure the document gives for its rows.
    struct RowsEstimate {
        var sum: ExactDecimal = .zero
        /// False when some unaligned row stands outside every subtotal's group: the sum is a lower bound.
        var complete = true
        /// Subtotals taken in place of their rows.
        var substituted: [DeclaredTotal] = []
        var counted: [Row] = []
        var unaligned: [Row] = []
    }

    func estimate(under grand: DeclaredTotal, year: Int?) -> RowsEstimate {
        var result = RowsEstimate()
        var covered = Set<RowPlace>()  // rows inside some subtotal's group
        for subtotal in subtotals(under: grand, year: year) {
            let rows = group(of: subtotal)
            for row in rows { covered.insert(row.place) }
            let sum = Self.budgets(of: rows, year: year)
            if sum.complete {
                result.sum = result.sum + sum.sum
                result.counted += sum.counted
            } else {
                result.sum = result.sum + subtotal.value.value
                result.substituted.append(subtotal)
                result.unaligned += sum.unaligned
            }
        }
        let rest = group(of: grand).filter { !covered.contains($0.place) }
        let sum = Self.budgets(of: rest, year: year)
        result.sum = result.sum + sum.sum
        result.counted += sum.counted
        if !sum.complete {
            result.complete = false
            result.unaligned += sum.unaligned
        }
        result.counted.sort { $0.place < $1.place }
        return result
    }

    static func budgetEvidence(_ rows: [Row], year: Int?) -> [Evidence] {
        rows.map { rowEvidence($0.mention, value: budgetRaw(of: $0.mention, year: year) ?? "(empty)", note: "row") }
    }

    // MARK: Comparing

    /// Equal within the money tolerance of the options.
    static func sameMoney(_ a: ExactDecimal, _ b: ExactDecimal, _ options: AuditOptions) -> Bool {
        let difference = (a - b).withScale(atLeast: 2).rounded(toPlaces: 2)
        return abs(difference.units) <= options.moneyToleranceSatang
    }

    static func sum(_ values: [ExactDecimal]) -> ExactDecimal { values.reduce(ExactDecimal.zero, +) }

    // MARK: Wording

    /// `50,000`, `15,500.50`: grouped, decimals only when not zero.
    static func money(_ value: ExactDecimal) -> String {
        let shown = value.isInteger ? value.normalized : value.withScale(atLeast: 2)
        let text = shown.description
        let negative = text.startsWith("-")
        let body = negative ? String(text.dropFirst()) : text
        let parts = body.split(separator: ".", maxSplits: 1)
        var integer = String(parts[0])
        var grouped = ""
        while integer.count > 3 {
            grouped = "," + integer.suffix(3) + grouped
            integer = String(integer.dropLast(3))
        }
        grouped = integer + grouped
        return (negative ? "-" : "") + grouped + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// A decimal string for `expected`/`actual`, written with the scale of the stated figure.
    static func decimal(_ value: ExactDecimal, like stated: ExactDecimal) -> String {
        value.withScale(atLeast: stated.scale).rounded(toPlaces: max(stated.scale, 0)).description
    }

    static func count(_ value: Int, _ noun: String) -> String { "\(value) \(noun)\(value == 1 ? "" : "s")" }
    /// `1 item's`, `2 items'`.
    static func possessive(_ value: Int, _ noun: String) -> String { count(value, noun) + (value == 1 ? "'s" : "'") }

    /// `มิติ 2`, `มิติ 3*`.
    static func dimensionName(_ key: String) -> String { "มิติ " + normalDimension(key) }

    /// How a row is named in messages and evidence: its numbering and name.
    static func rowText(_ mention: Mention) -> String {
        let numbering = mention.numbering.map { $0 + " " } ?? ""
        var text = numbering + mention.name
        if let dimension = mention.dimension { text += " · " + dimensionName(dimension) }
        return text
    }

    /// The stated figure as the first evidence item.
    static func statedEvidence(_ total: DeclaredTotal, note: String = "stated") -> Evidence {
        Evidence(line: total.value.line, endLine: total.value.endLine, column: total.value.column,
                 text: total.context, value: shown(total.value.raw), note: note, valueOffset: total.contextOffset)
    }

    /// A figure as an auditor reads it: an HTML cell's raw text is its markup (`<td …><p …>25,000.00</p></td>`),
    /// shown as the text it displays; any other figure as written.
    static func shown(_ raw: String) -> String {
        guard raw.utf8.contains(UInt8(ascii: "<")) || raw.utf8.contains(UInt8(ascii: "&")) else {
            // A markdown or text cell keeps the spaces around its text: not part of what it shows.
            guard let first = raw.utf8.first, let last = raw.utf8.last, first == 0x20 || last == 0x20 || first == 0x09 || last == 0x09
            else { return raw }
            return raw.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        }
        var text = String.UnicodeScalarView()
        var inTag = false
        for scalar in raw.unicodeScalars {
            if scalar == "<" { inTag = true; continue }
            if scalar == ">" { inTag = false; continue }
            if !inTag { text.append(scalar) }
        }
        let decoded = String(text).replacing("&nbsp;", with: " ").replacing("&amp;", with: "&")
            .replacing("&lt;", with: "<").replacing("&gt;", with: ">")
        let shown = decoded.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\u{A0}" })
            .joined(separator: " ")
        // A tick written as markup (`<input type="checkbox" checked>`) displays no text: the tag is what was read.
        return shown.isEmpty ? tickTag(in: raw) ?? shown : shown
    }

    private static func tickTag(in raw: String) -> String? {
        // Tag names are case-blind; the tag is shown in lower case.
        let markup = raw.lowercased()
        for opening in ["<input", "<img"] {
            guard let start = markup.firstRange(of: opening),
                  let end = markup[start.upperBound...].firstIndex(of: ">") else { continue }
            return String(markup[start.lowerBound...end])
        }
        return nil
    }

    /// A row as evidence: the figure read there, then the row's numbering and name (the figure first, so that
    /// it is found before any digits of the numbering and survives a long name being cut short).
    static func rowEvidence(_ mention: Mention, value raw: String?, note: String = "row") -> Evidence {
        let value = raw.map(shown)
        return Evidence(line: mention.line, endLine: mention.endLine, column: mention.column,
                        text: rowText(mention, showing: value), value: value, note: note)
    }

    /// A row's numbering and name after the figure read there: a narrative entry is named by its name
    /// alone, which does not hold the figure an auditor must see.
    static func rowText(_ mention: Mention, showing value: String?) -> String {
        guard let value, !value.isEmpty else { return rowText(mention) }
        return value + " · " + rowText(mention)
    }

    /// `line 42`, `lines 948, 949`.
    static func lines(_ numbers: [Int]) -> String {
        let distinct = Set(numbers).sorted()
        return (distinct.count == 1 ? "line " : "lines ") + distinct.map(String.init).joined(separator: ", ")
    }

    /// A scope for messages: `มิติ 2, 2567`, `2567`, or nothing.
    static func scope(dimension: String?, year: Int?) -> String {
        [dimension.map(dimensionName), year.map(String.init)].compactMap { $0 }.joined(separator: ", ")
    }
}
