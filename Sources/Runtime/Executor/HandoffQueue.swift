import DequeModule
import Glibc
import Synchronization

/// A first-in first-out queue that one thread drains. `pop()` waits for the
/// next item, but spins for a moment before it sleeps (`SpinPolicy`): work
/// handed back and forth (a statement and its result) usually arrives within
/// that moment.
package final class HandoffQueue<Element>: @unchecked Sendable {
    // @unchecked Sendable: `items`, `closed` and `sleeping` are only touched under `mutex`.
    // @exclusivity(unchecked): see "Exclusivity" in Sources/Runtime/README.md.
    @exclusivity(unchecked) private var mutex = pthread_mutex_t()
    @exclusivity(unchecked) private var condition = pthread_cond_t()
    @exclusivity(unchecked) private var items = Deque<Element>()
    @exclusivity(unchecked) private var closed = false
    @exclusivity(unchecked) private var sleeping = false
    private let count = Atomic(0)
    private let longestSpin: Int64
    /// The consumer's own.
    @exclusivity(unchecked) private var spinPolicy = SpinPolicy()

    package init(spinMicroseconds: Int = 100) {
        longestSpin = Int64(spinMicroseconds) * 1000
        pthread_mutex_init(&mutex, nil)
        pthread_cond_init(&condition, nil)
    }

    deinit {
        pthread_cond_destroy(&condition)
        pthread_mutex_destroy(&mutex)
    }

    package func push(_ item: Element) {
        pthread_mutex_lock(&mutex)
        items.append(item)
        count.add(1, ordering: .releasing)
        if sleeping { pthread_cond_signal(&condition) }
        pthread_mutex_unlock(&mutex)
    }

    /// Whether an item waits to be popped (a hint: one may be pushed just after).
    package var isEmpty: Bool { count.load(ordering: .relaxed) == 0 }

    /// Lets `pop()` return nil once the items pushed before are taken.
    package func close() {
        pthread_mutex_lock(&mutex)
        closed = true
        pthread_cond_signal(&condition)
        pthread_mutex_unlock(&mutex)
    }

    /// The next item, waiting for one; nil once the queue is closed and empty.
    package func pop() -> Element? {
        if count.load(ordering: .acquiring) == 0, spinPolicy.spinsNow() {
            spinPolicy.record(arrived: SpinPolicy.spin(upTo: longestSpin) { count.load(ordering: .acquiring) > 0 ? true : nil })
        }
        pthread_mutex_lock(&mutex)
        while items.isEmpty && !closed {
            sleeping = true
            pthread_cond_wait(&condition, &mutex)
            sleeping = false
        }
        let item = items.popFirst()
        if item != nil { count.subtract(1, ordering: .relaxed) }
        pthread_mutex_unlock(&mutex)
        return item
    }
}
