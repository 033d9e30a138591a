#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import ThaiText

struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Writes a text file back as clean UTF-8: NFC, sara am, invisible characters, Wingdings ticks, digits.",
        discussion: """
            Reads the file in chunks and writes as it goes, so memory stays flat on any input size.
            The encoding (UTF-8 with or without BOM, UTF-16, TIS-620 / windows-874) is detected unless given.
            A summary of the repairs made goes to standard error.
            """
    )

    @Argument(help: "The file to normalise ('-' or nothing for standard input).")
    var file: String = "-"

    @Option(help: "Digits: arabic (๑๒ → 12), thai (12 → ๑๒) or keep.")
    var digits: DigitConversion.Style = .keep

    @Option(help: "Turn Wingdings private-use ticks into Unicode ticks (☑ ☒ ☐ ✓): on or off.")
    var ticks: Switch = .on

    @Option(parsing: .upToNextOption, help: "Repairs to skip: nfc, saraAm, invisibles, wingdingsTicks.")
    var skip: [RepairKind] = []

    @Option(help: "Input encoding; detected when omitted.")
    var encoding: TextEncoding?

    @Flag(help: "Print no repair summary.")
    var quiet = false

    func run() throws {
        var enabled = Set(RepairKind.allCases)
        enabled.subtract(skip)
        if ticks == .off { enabled.remove(.wingdingsTicks) }
        if digits == .keep { enabled.remove(.digits) }
        let forced = encoding
        var normalizer = StreamingNormalizer(options: RepairOptions(enabled: enabled, digits: digits), encoding: forced)
        let descriptor = file == "-" ? STDIN_FILENO : open(file, O_RDONLY)
        guard descriptor >= 0 else {
            printError("\(file): error: \(String(cString: strerror(errno)))")
            throw ExitCode(1)
        }
        defer { if file != "-" { close(descriptor) } }
        var output = OutputBuffer()
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var repaired: [UInt8] = []
        do {
            while true {
                let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count < 0 {
                    if errno == EINTR { continue }
                    printError("\(file): error: \(String(cString: strerror(errno)))")
                    throw ExitCode(1)
                }
                repaired.removeAll(keepingCapacity: true)
                if count == 0 {
                    try normalizer.finish(into: &repaired)
                } else {
                    try chunk.withUnsafeBufferPointer { try normalizer.feed(UnsafeBufferPointer(rebasing: $0[..<count]), into: &repaired) }
                }
                repaired.withUnsafeBufferPointer { output.write($0) }
                if count == 0 { break }
            }
        } catch let error as DecodingError {
            output.flush()
            printError("\(file):\(error.position.line):\(error.position.column): error: \(error)")
            throw ExitCode(1)
        }
        output.flush()
        if !quiet {
            let report = normalizer.repairer.report
            let parts = RepairKind.allCases.compactMap { kind in
                report.counts[kind].map { "\(kind.rawValue) \($0) (first at line \(report.firstLines[kind] ?? 0))" }
            }
            let encodingName = normalizer.encoding?.rawValue ?? "?"
            printError("\(file): \(encodingName); " + (parts.isEmpty ? "no repairs" : parts.joined(separator: ", ")))
        }
    }
}

enum Switch: String, ExpressibleByArgument {
    case on, off
}

extension DigitConversion.Style: ExpressibleByArgument {}
extension RepairKind: ExpressibleByArgument {}
