#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import PlanStore
import ThaiText

/// The repository's corpus, and scratch folders for the tests.
enum Paths {
    static let root: String = {
        var path = #filePath
        for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return path
    }()
    static let corpus = root + "/corpus"
    static let corpusFiles = ["ita-analysis-2566.html", "ita-measures-2566.md", "plan-2567-2570.txt",
                              "progress-report-2567.html", "progress-report-2567.txt"]
    static var runningAsRoot: Bool { getuid() == 0 }
}

/// A folder under /tmp, removed when the test ends.
final class ScratchFolder: Sendable {
    let path: String

    init() {
        var template = Array("/tmp/sarabun-store-XXXXXX".utf8CString)
        path = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
    }

    deinit {
        remove(path)
    }

    func file(_ name: String) -> String { path + "/" + name }

    @discardableResult
    func write(_ bytes: [UInt8], to name: String) -> String {
        let target = file(name)
        makeFolders(for: target)
        let descriptor = open(target, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        precondition(descriptor >= 0, "cannot write \(target)")
        bytes.withUnsafeBytes { _ = Glibc.write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        return target
    }

    @discardableResult
    func write(_ text: String, to name: String) -> String { write(Array(text.utf8), to: name) }

    /// Copies a corpus document into the folder under `name` (its own name by default).
    @discardableResult
    func copyCorpus(_ corpusName: String, to name: String? = nil) throws -> String {
        write(try InputFile.readBytes(Paths.corpus + "/" + corpusName), to: name ?? corpusName)
    }

    func folder(_ name: String) -> String {
        let target = file(name)
        mkdir(target, 0o755)
        return target
    }

    private func makeFolders(for file: String) {
        var parts = file.split(separator: "/").dropLast()
        var current = ""
        while !parts.isEmpty {
            current += "/" + parts.removeFirst()
            mkdir(current, 0o755)
        }
    }

    private func remove(_ path: String) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        if (status.st_mode & S_IFMT) == S_IFDIR {
            chmod(path, 0o755)
            if let stream = opendir(path) {
                while let entry = readdir(stream) {
                    let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
                    if name == "." || name == ".." { continue }
                    remove(path + "/" + name)
                }
                closedir(stream)
            }
            rmdir(path)
        } else {
            unlink(path)
        }
    }
}

/// Ingest with everything collected: the report and each file's outcome by path.
struct IngestRun {
    var report: IngestReport
    var outcomes: [String: IngestEvent.Outcome]
}

func ingest(_ paths: [String], into store: Store, options: IngestOptions = IngestOptions(),
            cancellation: IngestCancellation = IngestCancellation()) throws -> IngestRun {
    var outcomes: [String: IngestEvent.Outcome] = [:]
    let report = try Ingest.run(.paths(paths), into: store, options: options, cancellation: cancellation) { event in
        outcomes[event.path] = event.outcome
    }
    return IngestRun(report: report, outcomes: outcomes)
}

extension IngestEvent.Outcome {
    var isFailure: Bool { if case .failed = self { return true } else { return false } }
    var reason: String? { if case .failed(let reason) = self { return reason } else { return nil } }
}

extension Store {
    /// One integer from `sql`.
    func integer(_ sql: String, _ arguments: [String] = []) throws -> Int {
        guard let cell = try query(sql, arguments).first?.first, let text = cell, let value = Int(text) else { return -1 }
        return value
    }
}
