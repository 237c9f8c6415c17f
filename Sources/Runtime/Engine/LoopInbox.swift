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

    /// Waits up to `nanoseconds` for an item, or until `giveUp()` says to stop;
    /// true when an item came. Spins without yielding: a yield can hand the core
    /// to the very thread that would post, for a whole time slice.
    func spin(upTo nanoseconds: Int64, giveUp: () -> Bool) -> Bool {
        let deadline = MonotonicClock.read() + nanoseconds
        var rounds = 0
        while !hasItems {
            rounds += 1
            if rounds & 63 == 0 {
                if giveUp() || MonotonicClock.read() >= deadline { return false }
            }
        }
        return true
    }
}

/// When the loop spins for native work before it parks. Spinning pays when
/// the work ends within the spin (a statement on a thread with a core of its
/// own); on a busy machine the poster often has no core, the spins run out,
/// and they only take a core from it: after several in a row the loop parks
/// at once for a while, then tries again.
struct SpinPolicy {
    static let spinNanoseconds: Int64 = 50_000
    private static let failuresBeforeRest = 8
    private static let restingWaits = 256

    private var failures = 0
    private var resting = 0

    var shouldSpin: Bool {
        mutating get {
            guard resting > 0 else { return true }
            resting -= 1
            return false
        }
    }

    mutating func record(arrived: Bool) {
        guard !arrived else { return failures = 0 }
        failures += 1
        if failures >= Self.failuresBeforeRest {
            failures = 0
            resting = Self.restingWaits
        }
    }
}
