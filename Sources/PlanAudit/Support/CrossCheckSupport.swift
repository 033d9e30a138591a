import PlanRecords
import ThaiText

/// Helpers the cross-check rules share: how figures and places are written in messages, which
/// mentions may be compared, and small text measures.
enum CrossCheck {
    // MARK: Writing figures

    /// `30,000`, `15,500.50`, `-1,200`: grouped thousands, decimals kept only when not zero.
    static func money(_ value: ExactDecimal) -> String {
        var shown = value.normalized
        if shown.scale > 0 { shown = value.withScale(atLeast: 2).normalized.withScale(atLeast: 2) }
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

    /// A score or percentage as written to its precision: `89.45`.
    static func score(_ value: ExactDecimal) -> String { value.description }

    /// Whether two amounts of money agree within the tolerance.
    static func sameMoney(_ lhs: ExactDecimal, _ rhs: ExactDecimal, _ options: AuditOptions) -> Bool {
        let difference = (lhs - rhs).withScale(atLeast: 2)
        let satang = difference.scale > 2 ? difference.rounded(toPlaces: 2).units : difference.units
        return abs(satang) <= options.moneyToleranceSatang
    }

    static func percentTolerance(_ options: AuditOptions) -> ExactDecimal {
        ExactDecimal(options.percentTolerance) ?? .zero
    }

    // MARK: Places

    /// `the summary table`, `its detail sheet`, `the narrative` …
    static func place(_ role: MentionRole) -> String {
        switch role {
        case .summaryRow: return "the summary table"
        case .yearTableRow: return "the year table"
        case .statusRow: return "the status table"
        case .measureRow: return "the measures table"
        case .tableRow: return "a table"
        case .detailSheet: return "its detail sheet"
        case .narrative: return "the narrative"
        }
    }

    /// `the summary table (line 170)`, `the 2568 year table (line 117)`.
    static func place(_ mention: Mention, year: Int? = nil) -> String {
        if mention.role == .yearTableRow, let year = mention.scheduleYear ?? year {
            return "the \(year) year table (line \(mention.line))"
        }
        return "\(place(mention.role)) (line \(mention.line))"
    }

    /// How much a mention is trusted as the source of a figure: a table before a detail sheet before narrative.
    static func authority(_ role: MentionRole) -> Int {
        switch role {
        case .summaryRow, .yearTableRow, .statusRow: return 3
        case .measureRow, .tableRow: return 2
        case .detailSheet: return 1
        case .narrative: return 0
        }
    }

    static func isTableRole(_ role: MentionRole) -> Bool {
        switch role {
        case .summaryRow, .yearTableRow, .statusRow, .measureRow, .tableRow: return true
        case .detailSheet, .narrative: return false
        }
    }

    /// A mention whose figures may be compared: linked surely enough, values aligned to it.
    static func comparable(_ mention: Mention) -> Bool {
        mention.figuresKnown && mention.confidence != .uncertain
    }

    /// The project's name, shortened for a message.
    static func shortName(_ name: String, limit: Int = 60) -> String {
        let collapsed = name.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
        return collapsed.count <= limit ? collapsed : String(collapsed.prefix(limit)) + "…"
    }

    static func evidence(_ mention: Mention, value: String? = nil, note: String? = nil, line: Int? = nil) -> Evidence {
        Evidence(line: line ?? mention.line, endLine: line == nil ? mention.endLine : nil, column: line == nil ? mention.column : 1,
                 text: mention.rawName, value: value, note: note)
    }

    static func evidence<Value>(_ located: Located<Value>, text: String? = nil, value: String? = nil, note: String? = nil) -> Evidence {
        Evidence(line: located.line, endLine: located.endLine, column: located.column, text: text ?? located.raw,
                 value: value ?? located.raw, note: note)
    }

    // MARK: Text

    /// Thai digits as Arabic, spaces and zero-width characters removed.
    static func compact(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x200B...0x200D, 0xFEFF, 0x2A: continue
            case 0x0E50...0x0E59: scalars.append(Unicode.Scalar(scalar.value - 0x0E50 + 0x30)!)
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Levenshtein distance over Unicode scalars (Thai marks count as letters).
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs.unicodeScalars), b = Array(rhs.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The written prefixes of organisation types, longest first.
    static let organisationTypes = ["องค์การบริหารส่วนตำบล", "องค์การบริหารส่วนจังหวัด", "เทศบาลตำบล", "เทศบาลเมือง", "เทศบาลนคร"]

    /// `เทศบาลตำบลหนองตะเคียนงาม` → (`เทศบาลตำบล`, `หนองตะเคียนงาม`).
    static func splitOrganisation(_ name: String) -> (type: String, place: String)? {
        for type in organisationTypes where name.startsWith(type) {
            // Cut by bytes: the name starts with the type's bytes (dropping Characters walks graphemes).
            return (type, String(name[name.utf8.index(name.startIndex, offsetBy: type.utf8.count)...]))
        }
        return nil
    }
}

extension Array {
    /// Groups elements by a key, keeping the order keys first appear in.
    func groupedInOrder<Key: Hashable>(by key: (Element) -> Key) -> [(key: Key, items: [Element])] {
        var order: [Key] = []
        var groups: [Key: [Element]] = [:]
        for element in self {
            let k = key(element)
            if groups[k] == nil { order.append(k) }
            groups[k, default: []].append(element)
        }
        return order.map { ($0, groups[$0]!) }
    }
}
