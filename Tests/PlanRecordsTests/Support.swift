#if canImport(Glibc)
import Glibc
#endif
import DocumentReader
import PlanRecords
import Testing
import ThaiText

enum Paths {
    static let root: String = {
        var path = #filePath
        for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return path
    }()
    static let seeds = root + "/../shared/seeds"
    static var seedsAvailable: Bool { access(seeds + "/" + Seed.progressReport, R_OK) == 0 }
    static var recording: Bool { getenv("SARABUN_RECORD").map { String(cString: $0) == "1" } ?? false }

    static func write(_ text: String, to path: String) {
        guard let file = fopen(path, "w") else { Issue.record("cannot write \(path)"); return }
        fputs(text, file)
        fclose(file)
    }
}

enum Seed {
    static let progressReport = "000_f9f072e376e2edef.txt"
    static let multiYearPlan = "001_a9360fd20494890e.txt"
    static let itaMeasures = "002_7b7598d7b73c97ce.txt"
    static let planWithDetails = "003_485adfa02450d3b7.txt"
    static let itaMemo = "004_3c4ce964b232360a.txt"

    static func record(_ name: String) throws -> PlanRecord {
        try RecordReader.read(contentsOf: Paths.seeds + "/" + name)
    }
}

/// The record of a corpus file, with its path as the repository names it (so golden files do not
/// depend on where the repository stands).
func corpusRecord(_ name: String) throws -> PlanRecord {
    try RecordReader.read(InputFile.readBytes(Paths.root + "/corpus/" + name), path: "corpus/" + name)
}

/// The record of a document given inline.
func record(_ text: String, as format: DocumentFormat = .text) throws -> PlanRecord {
    try RecordReader.read(Array(text.utf8), path: "inline", options: .init(format: format))
}

extension PlanRecord {
    func project(named fragment: String) -> Project? {
        projects.first { $0.name.contains(fragment) }
    }

    func declared(_ what: DeclaredTotal.What) -> [DeclaredTotal] { declared.filter { $0.what == what } }
}

extension ExactDecimal {
    static func of(_ text: String) -> ExactDecimal { ExactDecimal(text)! }
}
