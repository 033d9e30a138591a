import ArgumentParser
import DocumentReader
import ThaiText

struct BlocksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blocks",
        abstract: "Reads text, markdown and HTML exports into blocks and tables, with their source lines."
    )

    @Argument(help: "Files or folders to read ('-' for standard input).")
    var files: [String]

    @Option(help: "Output format: json (one object per file) or text (an outline).")
    var format: OutputFormat = .text

    @Option(name: .customLong("as"), help: "Read every file as this form (text, markdown, html); detected when omitted.")
    var form: DocumentFormat?

    @Option(help: "Input encoding (utf-8, utf-16le, utf-16be, tis-620/windows-874); detected when omitted.")
    var encoding: TextEncoding?

    func run() throws {
        let options = DocumentReader.Options(format: form, encoding: encoding)
        var output = OutputBuffer()
        try forEachInput(files, output: &output, read: { try DocumentReader.read(contentsOf: $0, options: options) }) { file, document, output in
            switch format {
            case .json: output.line(DocumentJSON.object(document, file: file))
            case .text: output.line(DocumentOutline.text(document, file: file))
            }
            // Warnings go to standard error as well, where a person sees them beside the errors.
            output.flush()
            for warning in document.warnings { printError("\(file):\(warning)") }
        }
    }
}
