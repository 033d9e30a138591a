#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import ThaiText

/// corpus/*.txt scanned → golden/*.scan.jsonl. Re-record with `SARABUN_RECORD=1 swift test`, then read the diff.
enum Golden {
    static let root: String = {
        var path = #filePath
        for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return path
    }()

    static var recording: Bool { getenv("SARABUN_RECORD").map { String(cString: $0) == "1" } ?? false }

    static func write(_ text: String, to path: String) {
        guard let file = fopen(path, "w") else { Issue.record("cannot write \(path)"); return }
        fputs(text, file)
        fclose(file)
    }

    static let corpusTextFiles = ["progress-report-2567.txt"]
}

@Suite struct GoldenScanTests {
    @Test(arguments: Golden.corpusTextFiles)
    func scanMatchesGolden(_ name: String) throws {
        let text = try InputFile.read(Golden.root + "/corpus/" + name)
        let lines = text.bytes.withUnsafeBufferPointer { buffer in
            LexicalScanner.scan(buffer).map { TokenJSON.object($0, file: "corpus/" + name, text: buffer) }
        }
        let actual = lines.joined(separator: "\n") + "\n"
        let goldenPath = Golden.root + "/golden/" + name.replacing(".txt", with: ".scan.jsonl")
        if Golden.recording {
            Golden.write(actual, to: goldenPath)
            return
        }
        let expected = String(decoding: try InputFile.readBytes(goldenPath), as: UTF8.self)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, (want, got)) in zip(expectedLines, actualLines).enumerated() where want != got {
            Issue.record("golden line \(index + 1) differs:\n  expected \(want)\n  actual   \(got)")
            break
        }
        #expect(expectedLines.count == actualLines.count)
    }
}
