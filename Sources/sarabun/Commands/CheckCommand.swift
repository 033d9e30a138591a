#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Foundation
import PlanStore
import DocumentReader
import PlanAudit
import PlanRecords
import ThaiText

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Checks every stated count, total and figure of each document against the others.",
        discussion: """
        Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 when a file could not be checked \
        (it is reported as a finding and the other files are still checked). `sarabun explain` lists the rules.
        """
    )

    @Argument(help: "Files or folders to check ('-' for standard input).")
    var files: [String]

    @Option(help: "Output format: text (for people) or json (one finding per line).")
    var format: OutputFormat = .text

    @Option(help: "The lowest severity that makes the exit status 1: error, warning or info.")
    var failOn: Severity = .error

    @Option(help: "Run only these rules (comma-separated ids).")
    var only: String?

    @Option(help: "Skip these rules (comma-separated ids).")
    var disable: String?

    @Option(help: "Money differences up to this many baht are not reported (rounding in the source).")
    var moneyTolerance: String = "0"

    @Option(help: "Colour: auto (on a terminal), always or never.")
    var colour: ColourChoice = .auto

    @Option(name: .customLong("as"), help: "Read every file as this form (text, markdown, html); detected when omitted.")
    var form: DocumentFormat?

    @Option(help: "Input encoding; detected when omitted.")
    var encoding: TextEncoding?

    func validate() throws {
        let known = Set(RuleCatalog.all.map(\.id))
        for id in ids(only) + ids(disable) where !known.contains(id) {
            throw ValidationError("no rule '\(id)'; `sarabun explain` lists them")
        }
        guard let tolerance = ExactDecimal(moneyTolerance), tolerance >= .zero else {
            throw ValidationError("--money-tolerance must be a number of baht, e.g. 1 or 0.50")
        }
    }

    func run() throws {
        var options = AuditOptions()
        options.only = Set(ids(only))
        options.disabled = Set(ids(disable))
        let tolerance = ExactDecimal(moneyTolerance)!.withScale(atLeast: 2)
        options.moneyToleranceSatang = tolerance.rounded(toPlaces: 2).units
        let reading = DocumentReader.Options(format: form, encoding: encoding)
        let report = FindingReport(colour: colour.enabled(for: STDOUT_FILENO))
        var output = OutputBuffer()
        var counts: [Severity: Int] = [:]
        var withFindings = 0
        var failed = 0
        var worst: Severity?
        // Folders are walked for their documents, in path order; one with none is reported like a file that
        // could not be read.
        let inputs = DocumentPaths.expanding(files).entries
        // Files are read and checked on every core a batch at a time; their findings print in the order given.
        let rules = options
        forEachBatch(inputs, read: { Auditor.check(try RecordReader.read(contentsOf: $0, options: reading), options: rules) }) { file, result in
            let findings: [Finding]
            switch result {
            case .success(let found): findings = found
            case .failure(let error):
                failed += 1
                findings = [Finding(rule: "document-unreadable", severity: .error,
                                    message: "the document could not be checked: \(error)",
                                    evidence: [Evidence(line: 1, text: file)])]
            }
            if !findings.isEmpty { withFindings += 1 }
            for finding in findings {
                counts[finding.severity, default: 0] += 1
                if worst == nil || finding.severity > worst! { worst = finding.severity }
            }
            switch format {
            case .json: for finding in findings { output.line(FindingJSON.line(finding, file: file)) }
            case .text: if !findings.isEmpty { output.line(report.text(findings, file: file)) }
            }
        }
        if format == .text {
            output.line(report.summary(counts: counts, documentsWithFindings: withFindings, documents: inputs.count, failed: failed))
        }
        output.flush()
        if failed > 0 { throw ExitCode(2) }
        if let worst, worst >= failOn { throw ExitCode(1) }
    }

    private func ids(_ list: String?) -> [String] {
        (list ?? "").split(separator: ",").map { String($0.filter { $0 != " " }) }.filter { !$0.isEmpty }
    }
}

enum ColourChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    func enabled(for descriptor: Int32) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto: return isatty(descriptor) == 1 && getenv("NO_COLOR") == nil
        }
    }
}

extension Severity: ExpressibleByArgument {}
