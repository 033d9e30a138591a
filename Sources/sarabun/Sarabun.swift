import ArgumentParser
import HTMLTree

@main
struct Sarabun: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sarabun",
        abstract: "Reads Thai local-government integrity plans and reports, and checks their figures.",
        subcommands: [NormalizeCommand.self, ScanCommand.self, BlocksCommand.self, ParseCommand.self, CheckCommand.self, ExplainCommand.self, IngestCommand.self, ExportCommand.self, FindingsCommand.self]
    )

    static func main() {
        AllocatorSettings.forReading()
        main(nil)
    }
}
