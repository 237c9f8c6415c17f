import DequeModule
import Glibc
import Synchronization

/// A first-in first-out queue that one thread drains. `pop()` waits for the
/// next item, but spins for a moment (yielding its core to any thread that
/// wants it) before it sleeps: a thread handed work
/// while it sleeps takes tens of microseconds to wake on a virtual machine's
/// idle core, longer than a point select takes, and work handed back and
/// forth (a statement and its result) usually arrives within that moment.
/// On a busy machine (a yield hands the core to another program for long)
/// it stops spinning for a while (docs/PERFORMANCE.md, "Databases").
package final class HandoffQueue<Element>: @unchecked Sendable {
    // @unchecked Sendable: `items`, `closed` and `sleeping` are only touched under `mutex`.
    // @exclusivity(unchecked): see "Exclusivity" in Sources/Runtime/README.md.
    @exclusivity(unchecked) private var mutex = pthread_mutex_t()
    @exclusivity(unchecked) private var condition = pthread_cond_t()
    @exclusivity(unchecked) private var items = Deque<Element>()
    @exclusivity(unchecked) private var closed = false
    @exclusivity(unchecked) private var sleeping = false
    private let count = Atomic(0)
    private let longestSpin: Int
    // The consumer's own: how long its next spin may be (0: not now), and pops since it stopped.
    @exclusivity(unchecked) private var spinLimit: Int
    @exclusivity(unchecked) private var popsWithoutSpin = 0

    package init(spinMicroseconds: Int = 100) {
        longestSpin = spinMicroseconds * 1000
        spinLimit = longestSpin
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
        if count.load(ordering: .acquiring) == 0 { spin() }
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

    private func spin() {
        if spinLimit == 0 {
            // The machine was busy; look again now and then, it may be quiet again.
            popsWithoutSpin += 1
            guard popsWithoutSpin >= 256, longestSpin > 0 else { return }
            popsWithoutSpin = 0
            spinLimit = longestSpin
        }
        let deadline = Self.now() + spinLimit
        while count.load(ordering: .acquiring) == 0 {
            let before = Self.now()
            if before >= deadline { return }
            // The thread that will push may be waiting for this very core.
            sched_yield()
            // A yield that took over a millisecond gave the core to another program: spinning
            // now only delays this thread's turn, and sleeping gets it sooner.
            if Self.now() - before > 1_000_000 {
                spinLimit = 0
                return
            }
        }
    }

    private static func now() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return time.tv_sec * 1_000_000_000 + time.tv_nsec
    }
}
