import Glibc

/// The interpreter's time, in integer nanoseconds since it started.
protocol Clock: AnyObject {
    var nanoseconds: Int64 { get }
}

extension Clock {
    /// `now()`: seconds as a float.
    var seconds: Double { Double(nanoseconds) / 1e9 }
}

/// Real time from the monotonic clock.
final class MonotonicClock: Clock {
    private let start = MonotonicClock.read()

    var nanoseconds: Int64 { MonotonicClock.read() - start }

    static func read() -> Int64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Int64(spec.tv_sec) * 1_000_000_000 + Int64(spec.tv_nsec)
    }
}

/// Time that passes only when the scheduler moves it (to the next timer when
/// every task is waiting), so runs are identical and take no real time.
final class VirtualClock: Clock {
    // @exclusivity(unchecked) in this file: see "Exclusivity" in Sources/Runtime/README.md.
    @exclusivity(unchecked) var nanoseconds: Int64 = 0
}
