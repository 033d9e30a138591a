import PlanAudit

/// What one file's import came to, reported as each is written.
public struct IngestEvent: Sendable {
    public enum Outcome: Sendable, Equatable {
        case imported
        /// Imported in place of an older version of the same path.
        case replaced
        /// The same path with the same SHA-256 was already stored.
        case skipped
        case failed(reason: String)
    }

    public var path: String
    public var outcome: Outcome
    public var bytes: Int
    public var projects: Int
    public var findings: FindingCounts
    public var progress: IngestProgress
}

/// How far a batch has gone. `total` and `totalBytes` are nil when the files were not counted first.
public struct IngestProgress: Sendable {
    public var done: Int
    public var total: Int?
    public var bytesDone: Int
    public var totalBytes: Int?
    public var seconds: Double

    /// Seconds left at the bytes-per-second rate so far, when it can be told.
    public var secondsLeft: Double? {
        guard let totalBytes, bytesDone > 0, seconds > 0.5 else { return nil }
        return Double(max(totalBytes - bytesDone, 0)) * seconds / Double(bytesDone)
    }
}

/// A file that could not be imported, and why.
public struct IngestFailure: Sendable, Hashable {
    public var path: String
    public var reason: String
}

/// The summary of a batch.
public struct IngestReport: Sendable {
    /// Paths not stored before.
    public var imported = 0
    /// Paths whose content changed since their last import.
    public var replaced = 0
    /// Paths stored already with the same SHA-256.
    public var skipped = 0
    /// Projects in the documents imported or replaced.
    public var projects = 0
    public var findings = FindingCounts()
    public var failureCount = 0
    /// The first failures (up to `IngestOptions.reportedFailureLimit`); all are in the `failures` table.
    public var failures: [IngestFailure] = []
    /// Bytes read (imported, replaced, skipped and failed files), and of those, bytes parsed.
    public var bytes = 0
    public var parsedBytes = 0
    public var seconds = 0.0
    /// Stopped early (Ctrl-C): files not yet written are left for the next run.
    public var interrupted = false

    public init() {}

    /// Documents written by this batch.
    public var documents: Int { imported + replaced }
    public var files: Int { imported + replaced + skipped + failureCount }
}
