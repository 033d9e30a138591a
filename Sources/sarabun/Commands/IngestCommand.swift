#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import PlanStore
import ThaiText

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Imports documents (files and folders) into an SQLite database: records, projects, totals, scores and findings.",
        discussion: """
            Folders are walked recursively for .txt, .md, .markdown, .html and .htm files; hidden files are skipped. \
            A path already stored with the same SHA-256 is skipped; a changed file replaces its rows. Each document is \
            written in one transaction, so a reader never sees half of one. A file that cannot be read is recorded in the \
            `failures` table with its reason and the batch goes on.

            Progress goes to standard error: a bar when it is a terminal, else one line per file \
            (imported|skipped|failed PATH (reason)). The summary goes to standard output.

            Exit status: 0 when every file was imported or skipped; 1 when any file failed; 2 when the database \
            cannot be opened or written; 130 when interrupted. Ctrl-C stops starting files and exits after the \
            document being written; a second Ctrl-C exits at once. The database stays consistent either way.
            """
    )

    @Argument(help: "Files and folders to import.")
    var paths: [String]

    @Option(help: "The database file (created when missing).")
    var db = "sarabun.sqlite"

    @Option(name: .customLong("max-size"), help: "Largest file to read, in MB; larger files are recorded as failures.")
    var maxSize = 64

    @Option(name: .shortAndLong, help: "Threads that parse and check files (default: the number of cores).")
    var jobs: Int?

    @Option(name: .customLong("busy-timeout"), help: "Seconds to wait while another process writes to the database.")
    var busyTimeout = 10.0

    @Flag(help: "Import files again even when they are unchanged.")
    var force = false

    @Flag(inversion: .prefixedNo, help: "Show a progress bar (default: when standard error is a terminal).")
    var progress: Bool?

    @Option(help: "Input encoding (utf-8, utf-16le, utf-16be, tis-620/windows-874); detected per file when omitted.")
    var encoding: TextEncoding?

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder to import") }
        if maxSize < 1 { throw ValidationError("--max-size must be at least 1 (MB)") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if busyTimeout < 0 { throw ValidationError("--busy-timeout cannot be negative") }
    }

    func run() throws {
        let store: Store
        do {
            store = try Store(path: db, options: Store.Options(busyTimeout: busyTimeout))
        } catch {
            printError("\(error)")
            throw ExitCode(2)
        }
        var options = IngestOptions()
        options.maxFileBytes = maxSize << 20
        if let jobs { options.workers = jobs }
        options.force = force
        options.encoding = encoding
        options.reportedFailureLimit = 20

        let cancellation = IngestCancellation()
        let interrupt = InterruptHandler(cancellation: cancellation) {
            printError("\ninterrupted: finishing the document being written (Ctrl-C again to stop at once)")
        }
        defer { interrupt.remove() }

        var bar = (progress ?? (isatty(STDERR_FILENO) == 1)) ? ProgressBar() : nil
        let report: IngestReport
        do {
            report = try Ingest.run(.paths(paths), into: store, options: options, cancellation: cancellation) { event in
                let path = displayPath(event.path)
                if bar != nil {
                    if case .failed(let reason) = event.outcome { bar!.print("failed \(path) (\(reason))") }
                    bar!.update(event.progress, force: event.progress.done == event.progress.total)
                } else {
                    printError(Self.line(event.outcome, path))
                }
            }
        } catch {
            bar?.clear()
            printError("\(error)")
            throw ExitCode(2)
        }
        bar?.clear()
        var output = OutputBuffer()
        Self.summary(report, db: db, to: &output)
        output.flush()
        if report.interrupted { throw ExitCode(130) }
        if report.failureCount > 0 { throw ExitCode(1) }
    }

    /// `imported PATH`, `skipped PATH (unchanged)`, `failed PATH (reason)`.
    static func line(_ outcome: IngestEvent.Outcome, _ path: String) -> String {
        switch outcome {
        case .imported: return "imported \(path)"
        case .replaced: return "imported \(path) (replaced: content changed)"
        case .skipped: return "skipped \(path) (unchanged)"
        case .failed(let reason): return "failed \(path) (\(reason))"
        }
    }

    static func summary(_ report: IngestReport, db: String, to output: inout OutputBuffer) {
        var documents = "documents  \(report.documents) imported"
        if report.replaced > 0 { documents += " (\(report.imported) new, \(report.replaced) replaced)" }
        documents += ", \(report.skipped) skipped unchanged"
        output.line(documents)
        output.line("projects   \(report.projects)")
        output.line("findings   \(counted(report.findings.errors, "error")), \(counted(report.findings.warnings, "warning")), "
                    + counted(report.findings.infos, "info"))
        output.line("failures   \(report.failureCount)")
        for failure in report.failures { output.line("  \(displayPath(failure.path)): \(failure.reason)") }
        if report.failureCount > report.failures.count {
            output.line("  … and \(report.failureCount - report.failures.count) more: sarabun export --db \(db) --table failures")
        }
        let megabytes = Double(report.bytes) / 1_048_576
        let rate = report.seconds > 0 ? megabytes / report.seconds : 0
        output.line("read       \(rounded(megabytes)) MB in \(rounded(report.seconds)) s (\(rounded(rate)) MB/s) into \(db)")
        if report.interrupted { output.line("interrupted: files not yet written are left for the next run") }
    }

    private static func rounded(_ value: Double) -> String {
        let tenths = (value * 10).rounded() / 10
        return tenths == tenths.rounded() ? "\(Int(tenths)).0" : "\(tenths)"
    }
}
