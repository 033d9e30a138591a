import Foundation

/// The items of a source, handed to the workers one at a time until the source is exhausted or a
/// cancellation asks them to stop.
final class WorkSource: @unchecked Sendable {
    private let walker: InputWalker?
    private let documents: [InMemoryDocument]
    private let stopWhen: [IngestCancellation]
    private let lock = NSLock()
    private var nextDocument = 0  // guarded by `lock`

    init(_ source: IngestSource, extensions: Set<String>, stopWhen: [IngestCancellation]) {
        self.stopWhen = stopWhen
        switch source {
        case .paths(let paths):
            walker = InputWalker(roots: paths, extensions: extensions)
            documents = []
        case .documents(let list):
            walker = nil
            documents = list
        }
    }

    func next() -> WorkItem? {
        if stopWhen.contains(where: \.isCancelled) { return nil }
        if let walker { return walker.next()?.item }
        lock.lock()
        defer { lock.unlock() }
        guard nextDocument < documents.count else { return nil }
        nextDocument += 1
        return .memory(documents[nextDocument - 1])
    }

    /// Files and bytes in the source, from one walk that keeps nothing but the sums.
    static func count(_ source: IngestSource, extensions: Set<String>) -> (files: Int, bytes: Int) {
        switch source {
        case .documents(let list):
            return (list.count, list.reduce(0) { $0 + $1.bytes.count })
        case .paths(let paths):
            let walker = InputWalker(roots: paths, extensions: extensions)
            var files = 0, bytes = 0
            while let entry = walker.next() {
                files += 1
                bytes += entry.size
            }
            return (files, bytes)
        }
    }
}
