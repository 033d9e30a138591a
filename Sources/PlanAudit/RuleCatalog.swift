/// Every rule sarabun runs, in the order `sarabun explain` lists them. Adding a rule: write its file
/// in Rules/ and add it to one of the lists below.
public enum RuleCatalog {
    public static var all: [any AuditRule] { totalsRules + crossCheckRules + readingRules }

    public static func rule(_ id: String) -> (any AuditRule)? { all.first { $0.id == id } }
}
