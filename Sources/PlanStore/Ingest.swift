import Foundation

/// Batch import: files are read, parsed and checked on `workers` threads and streamed through a
/// bounded queue to one writer (the calling thread), which writes each document in one transaction.
/// A file that fails is recorded in `failures` and the batch goes on.
public enum Ingest {
    /// Imports `source` into `store` and returns the summary. `onEvent` runs on the calling thread
    /// once per file, after it is written. Throws `StoreError` only when the database itself cannot
    /// be written (locked past the busy timeout, disk full): then the documents already written stay.
    public static func run(_ source: IngestSource, into store: Store, options: IngestOptions = IngestOptions(),
                           cancellation: IngestCancellation = IngestCancellation(),
                           onEvent: (IngestEvent) -> Void = { _ in }) throws -> IngestReport {
        let clock = ContinuousClock()
        let start = clock.now
        let totals = options.countFirst ? WorkSource.count(source, extensions: options.extensions) : nil
        // Stops the workers when the writer fails, without touching the caller's cancellation.
        let abort = IngestCancellation()
        let work = WorkSource(source, extensions: options.extensions, stopWhen: [cancellation, abort])
        let workers = max(1, options.workers)
        let queue = BoundedQueue<WorkResult>(capacity: options.queueCapacity ?? 2 * workers, producers: workers)
        let worker = Worker(store: store, options: options)
        for index in 0..<workers {
            let thread = Thread {
                while let item = work.next() { queue.push(worker.process(item)) }
                queue.finishProducing()
            }
            thread.name = "sarabun-ingest-\(index)"
            thread.stackSize = 16 << 20  // the readers recurse over nested HTML and long tables
            thread.start()
        }

        var report = IngestReport()
        var done = 0
        var bytesDone = 0
        do {
            while let result = queue.pop() {
                // Interrupted: what is parsed but not written is dropped, to be done by the next run.
                if cancellation.isCancelled { continue }
                let event = try write(result, to: store, options: options, report: &report)
                done += 1
                bytesDone += event.bytes
                let seconds = (clock.now - start).seconds
                onEvent(IngestEvent(path: event.path, outcome: event.outcome, bytes: event.bytes, projects: event.projects,
                                    findings: event.findings,
                                    progress: IngestProgress(done: done, total: totals?.files, bytesDone: bytesDone,
                                                             totalBytes: totals?.bytes, seconds: seconds)))
            }
        } catch {
            abort.cancel()
            queue.discardAll()
            while queue.pop() != nil {}  // returns nil once every worker has stopped
            throw error
        }
        report.interrupted = cancellation.isCancelled
        report.seconds = (clock.now - start).seconds
        return report
    }

    /// Writes one worker result and counts it in the report.
    private static func write(_ result: WorkResult, to store: Store, options: IngestOptions,
                              report: inout IngestReport) throws -> IngestEvent {
        var event = IngestEvent(path: "", outcome: .skipped, bytes: 0, projects: 0, findings: FindingCounts(),
                                progress: IngestProgress(done: 0, total: nil, bytesDone: 0, totalBytes: nil, seconds: 0))
        switch result {
        case .parsed(let rows):
            event.path = rows.path
            event.bytes = rows.bytes
            report.bytes += rows.bytes
            report.parsedBytes += rows.bytes
            switch try store.save(rows, force: options.force) {
            case .imported:
                event.outcome = .imported
                report.imported += 1
            case .replaced:
                event.outcome = .replaced
                report.replaced += 1
            case .unchanged:
                // Another process stored the same content while this one parsed it.
                event.outcome = .skipped
                report.skipped += 1
                return event
            }
            event.projects = rows.projects.count
            event.findings = rows.findingCounts
            report.projects += rows.projects.count
            report.findings.add(rows.findingCounts)
        case .unchanged(let path, let bytes):
            event.path = path
            event.bytes = bytes
            event.outcome = .skipped
            report.bytes += bytes
            report.skipped += 1
        case .failed(let path, let sha256, let bytes, let reason):
            try store.recordFailure(path: path, sha256: sha256, bytes: bytes, reason: reason)
            event.path = path
            event.bytes = bytes ?? 0
            event.outcome = .failed(reason: reason)
            report.bytes += sha256 == nil ? 0 : (bytes ?? 0)
            report.failureCount += 1
            if report.failures.count < options.reportedFailureLimit {
                report.failures.append(IngestFailure(path: path, reason: reason))
            }
        }
        return event
    }
}

extension Duration {
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
