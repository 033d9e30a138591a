import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Asks a running import to stop: no new file is started, files being parsed are finished but not
/// written, and the document being written is committed (or rolled back) whole.
public final class IngestCancellation: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false  // guarded by `lock`

    public init() {}

    public func cancel() {
        lock.lock()
        cancelled = true
        lock.unlock()
    }

    public var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled
    }
}

/// Turns Ctrl-C (SIGINT) and SIGTERM into a cancellation, through a dispatch source, because a C
/// signal handler may not take locks or touch SQLite. A second Ctrl-C exits at once (status 130):
/// the database stays consistent even then, since SQLite commits atomically.
public final class InterruptHandler: @unchecked Sendable {
    private let sources: [any DispatchSourceSignal]

    /// `notice` runs (on a dispatch queue) at the first signal, to tell the user what happens next.
    public init(cancellation: IngestCancellation, notice: @escaping @Sendable () -> Void = {}) {
        var sources: [any DispatchSourceSignal] = []
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)  // the default action would kill the process mid-transaction
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if cancellation.isCancelled { _exit(130) }
                cancellation.cancel()
                notice()
            }
            source.resume()
            sources.append(source)
        }
        self.sources = sources
    }

    /// Stops listening and restores the default actions.
    public func remove() {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
