import ArgumentParser
import PlanAudit

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Prints what a rule checks and why; with no rule, lists every rule."
    )

    @Argument(help: "A rule id, e.g. stated-count.")
    var rule: String?

    func run() throws {
        guard let id = rule else {
            let width = RuleCatalog.all.map(\.id.count).max() ?? 0
            for rule in RuleCatalog.all {
                print(rule.id + String(repeating: " ", count: width - rule.id.count + 2) + rule.summary)
            }
            return
        }
        guard let found = RuleCatalog.rule(id) else {
            throw ValidationError("no rule '\(id)'; `sarabun explain` lists them")
        }
        print("\(found.id): \(found.summary)\n\n\(found.explanation)")
    }
}
