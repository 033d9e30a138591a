import ArgumentParser
import PlanAudit
import PlanStore

struct FindingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "findings",
        abstract: "Lists the findings stored by `sarabun ingest`, as path:line:column: severity: [rule] message.",
        discussion: "Then a count. Filters combine: --severity warning --organisation หนอง lists the warnings and errors of the organisations whose name contains หนอง."
    )

    @Option(help: "The database file.")
    var db = "sarabun.sqlite"

    @Option(help: "The least severity shown: error, warning or info.")
    var severity: String?

    @Option(help: "Only this rule (its id, e.g. stated-count).")
    var rule: String?

    @Option(help: "Only organisations whose name contains this text.")
    var organisation: String?

    func validate() throws {
        if let severity, Severity(rawValue: severity) == nil {
            throw ValidationError("--severity must be error, warning or info, not '\(severity)'")
        }
    }

    func run() throws {
        let store: Store
        do {
            store = try Store(path: db, options: Store.Options(readOnly: true))
        } catch {
            printError("\(error)")
            throw ExitCode(2)
        }
        let filter = FindingFilter(minimumSeverity: severity.flatMap(Severity.init(rawValue:)), rule: rule,
                                   organisation: organisation)
        var output = OutputBuffer()
        var counts: [Severity: Int] = [:]
        do {
            try store.findings(matching: filter) { finding in
                var shown = finding
                shown.path = displayPath(finding.path)
                output.line(shown.compilerLine)
                counts[finding.severity, default: 0] += 1
            }
        } catch {
            output.flush()
            printError("\(error)")
            throw ExitCode(2)
        }
        let total = counts.values.reduce(0, +)
        let parts = [(Severity.error, "error"), (.warning, "warning"), (.info, "info")]
            .compactMap { severity, name in counts[severity].map { counted($0, name) } }
        output.line(counted(total, "finding") + (parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"))
        output.flush()
    }
}
