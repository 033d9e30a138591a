import ArgumentParser
import PlanStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Writes a table of the database as CSV (with a BOM, for Excel) or JSON Lines.",
        discussion: """
            Each row carries its document's path. Amounts and scores are decimal strings, exactly as stored. \
            CSV follows RFC 4180 (CRLF line ends, quoted fields) and starts with a UTF-8 byte order mark so that \
            Excel reads Thai text; the documents table leaves out the whole-record JSON, which JSON Lines nests \
            as "record".
            """
    )

    @Option(help: "The database file.")
    var db = "sarabun.sqlite"

    @Option(help: "The table: \(ExportTable.allCases.map(\.rawValue).joined(separator: ", ")).")
    var table: ExportTable

    @Option(help: "csv or jsonl.")
    var format: ExportFormat = .csv

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        let store: Store
        do {
            store = try Store(path: db, options: Store.Options(readOnly: true))
        } catch {
            printError("\(error)")
            throw ExitCode(2)
        }
        let sink: TextSink
        do { sink = try TextSink(path: output) } catch {
            printError("\(error)")
            throw ExitCode(1)
        }
        do {
            try store.export(table, format: format, to: sink.write)
            try sink.finish(succeeded: true)
        } catch {
            try? sink.finish(succeeded: false)
            printError("\(error)")
            throw ExitCode(error is StoreError ? 2 : 1)
        }
    }
}

extension ExportTable: ExpressibleByArgument {}
extension ExportFormat: ExpressibleByArgument {}
