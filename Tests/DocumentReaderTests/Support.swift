#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import DocumentReader
import ThaiText

/// Paths of the repository, the corpus and the seeds (../shared/seeds, beside the repository).
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

    static func read(_ name: String) throws -> Document {
        try DocumentReader.read(contentsOf: Paths.seeds + "/" + name)
    }
}

/// Reads a document given inline.
func readDocument(_ text: String, as format: DocumentFormat = .text) throws -> Document {
    try DocumentReader.read(Array(text.utf8), options: .init(format: format))
}
