import ArgumentParser
import ThaiText

struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Lists the numbers, money, years, dates, ticks and identifiers in text files, with their places."
    )

    @Argument(help: "Text files or folders to scan ('-' for standard input).")
    var files: [String]

    @Option(help: "Output format: json (one object per token per line) or text (aligned columns).")
    var format: OutputFormat = .text

    @Option(help: "Input encoding (utf-8, utf-16le, utf-16be, tis-620/windows-874); detected when omitted.")
    var encoding: TextEncoding?

    @Option(help: "Token kinds to show, comma-separated (e.g. money,year); all when omitted.")
    var kinds: String?

    func run() throws {
        let wanted = try kinds.map { list in
            try Set(list.split(separator: ",").map { name in
                guard let kind = TokenKind(rawValue: String(name)) else { throw ValidationError("unknown token kind '\(name)'") }
                return kind
            })
        }
        var output = OutputBuffer()
        try forEachInput(files, output: &output, read: { try InputFile.read($0, encoding: encoding) }) { file, text, output in
            switch format {
            case .json:
                // Streamed: a huge input never holds all its tokens in memory.
                text.bytes.withUnsafeBufferPointer { buffer in
                    LexicalScanner.scan(buffer) { token in
                        guard wanted?.contains(token.kind) ?? true else { return }
                        output.line(TokenJSON.object(token, file: file, text: buffer))
                    }
                }
            case .text:
                // Collected, to align the columns of one file.
                let tokens = text.bytes.withUnsafeBufferPointer { LexicalScanner.scan($0) }
                let filtered = wanted.map { set in tokens.filter { set.contains($0.kind) } } ?? tokens
                TokenFormatter.writeTable(filtered, file: file, text: text.bytes, to: &output)
            }
        }
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json, text
}
