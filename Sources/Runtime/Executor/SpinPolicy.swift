/// When a thread waiting for work from another thread spins before it
/// sleeps. Waking a sleeping thread costs tens of microseconds on a virtual
/// machine's idle core, more than a point select takes, so spinning pays when
/// the work comes within the spin (the other thread has a core of its own).
/// On a busy machine the other thread often has no core, the spins run out,
/// and they only keep a core from it: after several in a row the waiter
/// sleeps at once for a while, then tries again (docs/PERFORMANCE.md, "Databases").
struct SpinPolicy {
    static let spinNanoseconds: Int64 = 50_000
    private static let failuresBeforeRest = 8
    private static let restingWaits = 256

    private var failures = 0
    private var resting = 0

    /// Whether this wait spins (a resting policy counts the wait).
    mutating func spinsNow() -> Bool {
        guard resting > 0 else { return true }
        resting -= 1
        return false
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

extension SpinPolicy {
    /// Spins until `check` gives true (done) or false (give up), or `nanoseconds`
    /// pass (false). It does not yield: a yield can hand the core to another
    /// program, or to the very thread it waits for, for a whole time slice.
    @inline(__always)
    static func spin(upTo nanoseconds: Int64, _ check: () -> Bool?) -> Bool {
        let deadline = MonotonicClock.read() + nanoseconds
        var rounds = 0
        while true {
            if let outcome = check() { return outcome }
            rounds += 1
            if rounds & 63 == 0 && MonotonicClock.read() >= deadline { return false }
        }
    }
}
