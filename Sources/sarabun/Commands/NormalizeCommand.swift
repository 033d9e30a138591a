import ArgumentParser
import ThaiText

struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "normalize", abstract: "placeholder")
    func run() throws {}
}
