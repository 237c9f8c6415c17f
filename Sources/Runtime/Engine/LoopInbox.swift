import Synchronization

/// What other threads hand to the loop, and where the loop parks while it
/// has nothing to do: asyncio's `call_soon_threadsafe` and self-pipe in one.
/// A native operation that ends on a thread of its own (an SQLite
/// connection's) posts its ending here instead of resuming a Swift task, and
/// the loop runs it between rounds: no task, continuation or executor hop per
/// statement. While such work is in flight the loop first spins a moment on
/// `hasItems` before it parks, since waking a parked thread costs more than a
/// short statement takes (docs/PERFORMANCE.md, "Databases").
final class LoopInbox: Sendable {
    private struct State {
        var items: [@Sendable () -> Void] = []
        var parked: CheckedContinuation<Void, Never>?
    }

    private let state = Mutex(State())
    private let count = Atomic(0)

    /// Hands `item` to the loop (from any thread); wakes the loop if it is parked.
    func post(_ item: @escaping @Sendable () -> Void) {
        let parked = state.withLock { state in
            state.items.append(item)
            count.add(1, ordering: .releasing)
            defer { state.parked = nil }
            return state.parked
        }
        parked?.resume()
    }

    /// Whether something was posted and not yet taken (one relaxed load: cheap enough for every round).
    var hasItems: Bool { count.load(ordering: .acquiring) > 0 }

    /// Everything posted so far, in order.
    func take() -> [@Sendable () -> Void] {
        state.withLock { state in
            let items = state.items
            state.items = []
            count.store(0, ordering: .relaxed)
            return items
        }
    }

    /// Parks the loop until `post` or `unpark`; false (and nothing parked) when an item already waits.
    func park(_ continuation: CheckedContinuation<Void, Never>) -> Bool {
        state.withLock { state in
            guard state.items.isEmpty else { return false }
            state.parked = continuation
            return true
        }
    }

    /// The parked loop's continuation, taken so that exactly one caller resumes it.
    func unpark() -> CheckedContinuation<Void, Never>? {
        state.withLock { state in
            defer { state.parked = nil }
            return state.parked
        }
    }

    /// Waits up to `nanoseconds` for an item, or until `giveUp()` says to stop; true when an item came.
    func spin(upTo nanoseconds: Int64, giveUp: () -> Bool) -> Bool {
        SpinPolicy.spin(upTo: nanoseconds) { hasItems ? true : giveUp() ? false : nil }
    }
}
