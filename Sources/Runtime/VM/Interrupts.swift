import Synchronization

/// What may stop a running script from outside the VM: a Ctrl-C (requested
/// from another thread) and the host's limit on steps. The loop checks it every
/// `interval` backward jumps and calls, so the check costs one decrement each.
final class Interrupts: Sendable {
    static let interval = 1024

    let requested = Atomic<Bool>(false)

    /// Asks the running script to stop with `CancelledError` at its next check.
    func request() {
        requested.store(true, ordering: .relaxed)
    }
}

extension VM {
    /// Runs every `Interrupts.interval` backward jumps. Returns the number of
    /// jumps until the next check; throws when the script must stop.
    func checkpoint(stepsSinceLast: Int) throws -> Int {
        stepsTaken += stepsSinceLast
        if interrupts.requested.exchange(false, ordering: .relaxed) {
            throw ScriptError(ErrorKind.cancelledError, "interrupted")
        }
        guard let maxSteps = limits.maxSteps else { return Interrupts.interval }
        if stepsTaken >= maxSteps {
            throw ScriptError(ErrorKind.limitError, "the script took more than \(maxSteps) steps (loop iterations and calls)")
        }
        return min(Interrupts.interval, maxSteps - stepsTaken)
    }
}
