import ArgumentParser
import DocumentReader
import ThaiText

// Library types as command-line values, so every command parses them the same way and
// argument-parser reports a bad value with the command's usage.
extension TextEncoding: ExpressibleByArgument {
    public init?(argument: String) { self.init(label: argument) }
}

extension DocumentFormat: ExpressibleByArgument {}
