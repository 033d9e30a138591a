import Foundation

/// Parsed documents on their way from the workers to the writer. A worker that finds it full
/// waits: parsing can never run ahead of writing by more than `capacity` documents, so memory
/// stays bounded however many files there are.
final class BoundedQueue<Element: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var items: [Element] = []
    private var head = 0
    private var producers: Int
    private var discarding = false
    private let capacity: Int

    init(capacity: Int, producers: Int) {
        self.capacity = max(1, capacity)
        self.producers = producers
    }

    /// Waits for room, then adds. Dropped when the consumer has stopped (`discardAll`).
    func push(_ item: Element) {
        condition.lock()
        defer { condition.unlock() }
        while items.count - head >= capacity && !discarding { condition.wait() }
        guard !discarding else { return }
        items.append(item)
        condition.broadcast()
    }

    /// A producer is done; when all are, `pop` returns nil once the queue is empty.
    func finishProducing() {
        condition.lock()
        producers -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// The next item, waiting for one; nil when every producer has finished and nothing is left.
    func pop() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while items.count == head && producers > 0 { condition.wait() }
        guard head < items.count else { return nil }
        let item = items[head]
        head += 1
        if head > 64 && head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return item
    }

    /// The consumer gives up: what is queued and whatever is pushed from now on is dropped.
    func discardAll() {
        condition.lock()
        discarding = true
        items.removeAll()
        head = 0
        condition.broadcast()
        condition.unlock()
    }
}
