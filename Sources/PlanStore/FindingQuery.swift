import GRDB
import PlanAudit

/// Which stored findings to list.
public struct FindingFilter: Sendable {
    /// At least this severe (`warning` gives warnings and errors).
    public var minimumSeverity: Severity?
    /// Exactly this rule id.
    public var rule: String?
    /// The organisation's name contains this text.
    public var organisation: String?

    public init(minimumSeverity: Severity? = nil, rule: String? = nil, organisation: String? = nil) {
        self.minimumSeverity = minimumSeverity
        self.rule = rule
        self.organisation = organisation
    }
}

/// A finding as stored, with the document it belongs to.
public struct StoredFinding: Sendable {
    public var path: String
    public var organisation: String?
    public var rule: String
    public var severity: Severity
    public var line: Int
    public var column: Int
    public var message: String
    public var expected: String?
    public var actual: String?

    /// `path:line:column: severity: [rule] message`, as compilers write it, so editors jump to the place.
    public var compilerLine: String { "\(path):\(line):\(column): \(severity.rawValue): [\(rule)] \(message)" }
}

extension Store {
    /// Calls `each` with every finding that passes `filter`, by path and place; returns how many.
    @discardableResult
    public func findings(matching filter: FindingFilter, _ each: (StoredFinding) throws -> Void) throws -> Int {
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let minimum = filter.minimumSeverity {
            let wanted = Severity.allCases.filter { $0 >= minimum }.map(\.rawValue)
            conditions.append("f.severity IN (\(wanted.map { _ in "?" }.joined(separator: ", ")))")
            arguments += wanted
        }
        if let rule = filter.rule {
            conditions.append("f.rule = ?")
            arguments.append(rule)
        }
        if let organisation = filter.organisation {
            // instr, not LIKE: the text is taken literally (no % or _ wildcards).
            conditions.append("instr(d.organisation, ?) > 0")
            arguments.append(organisation)
        }
        let sql = """
            SELECT d.path, d.organisation, f.rule, f.severity, f.line, f."column", f.message, f.expected, f.actual
            FROM findings f JOIN documents d ON d.id = f.document_id
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            ORDER BY d.path, f.line, f."column", f.rule
            """
        return try read { db in
            var count = 0
            let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
            while let row = try rows.next() {
                try each(StoredFinding(path: row[0], organisation: row[1], rule: row[2],
                                       severity: Severity(rawValue: row[3]) ?? .info, line: row[4], column: row[5],
                                       message: row[6], expected: row[7], actual: row[8]))
                count += 1
            }
            return count
        }
    }
}
