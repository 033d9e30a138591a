import ArgumentParser
import DocumentReader
import PlanRecords
import ThaiText

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Reads documents into records: kind, organisation, period, projects with their mentions, stated totals, ITA scores.",
        discussion: "The JSON form is one object per file, described by schema/records.schema.json."
    )

    @Argument(help: "Files or folders to parse ('-' for standard input).")
    var files: [String]

    @Option(help: "Output format: json (one object per file) or text (a summary).")
    var format: OutputFormat = .text

    @Option(name: .customLong("as"), help: "Read every file as this form (text, markdown, html); detected when omitted.")
    var form: DocumentFormat?

    @Option(help: "Input encoding (utf-8, utf-16le, utf-16be, tis-620/windows-874); detected when omitted.")
    var encoding: TextEncoding?

    func run() throws {
        let options = DocumentReader.Options(format: form, encoding: encoding)
        var output = OutputBuffer()
        try forEachInput(files, output: &output, read: { try RecordReader.read(contentsOf: $0, options: options) }) { file, record, output in
            switch format {
            case .json: output.line(RecordJSON.object(record))
            case .text: output.line(RecordSummary.text(record, file: file))
            }
        }
    }
}
