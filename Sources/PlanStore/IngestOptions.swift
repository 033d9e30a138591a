import Foundation
import PlanAudit
import ThaiText

/// How a batch import runs.
public struct IngestOptions: Sendable {
    /// Files larger than this are not read but recorded as failures (a 64 MB "report" is a mistake:
    /// a scan, an archive, a log) — and the limit bounds the memory each worker may need.
    public var maxFileBytes: Int = 64 << 20
    /// Threads that read, parse and check files; one more thread writes. Defaults to the core count.
    public var workers: Int = ProcessInfo.processInfo.activeProcessorCount
    /// Parsed documents waiting for the writer, at most. Bounds memory whatever the corpus size;
    /// defaults to twice the workers.
    public var queueCapacity: Int?
    /// The file name extensions taken from folders (lower case, no dot). A file named on its own is
    /// taken whatever its extension.
    public var extensions: Set<String> = DocumentPaths.extensions
    /// Re-import files even when the same path with the same SHA-256 is stored.
    public var force = false
    /// Walk the folders once before starting, to know the number of files and bytes (for progress and ETA).
    public var countFirst = true
    /// The input encoding; detected per file when nil.
    public var encoding: TextEncoding?
    public var audit = AuditOptions()
    /// How many failures the report lists by name (all are in the `failures` table).
    public var reportedFailureLimit = 1000

    public init() {}
}

/// What to import: files and folders, or documents already in memory (for benchmarks and for
/// programs that fetched the documents themselves).
public enum IngestSource: Sendable {
    /// Files, and folders walked recursively (hidden files and folders skipped; symbolic links to
    /// folders not followed, so a link cycle cannot loop). Paths are stored absolute.
    case paths([String])
    case documents([InMemoryDocument])
}

/// A document's bytes with the path it is stored under (its identity in the database).
public struct InMemoryDocument: Sendable {
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}
