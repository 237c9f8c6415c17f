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

    /// The error an interrupted entry is cancelled with.
    static func error() -> ErrorObject {
        ErrorObject(kind: ErrorKind.cancelledError, message: "interrupted")
    }

    static func isInterruption(_ error: ErrorObject) -> Bool {
        error.isCancellation && error.message == "interrupted"
    }
}

extension VM {
    /// Runs every `Interrupts.interval` backward jumps. Returns the number of
    /// jumps until the next check; throws when the script must stop.
    func checkpoint(stepsSinceLast: Int) throws -> Int {
        stepsTaken += stepsSinceLast
        if interrupts.requested.exchange(false, ordering: .relaxed) {
            // Ctrl-C stops the entry (the main task or the REPL's current entry); if
            // another task is the one spinning, the entry is cancelled and this one goes on.
            let interrupted = Interrupts.error()
            if let target = interruptTarget, target !== scheduler.current {
                scheduler.cancel(target, interrupted)
            } else {
                throw ScriptError(interrupted)
            }
        }
        guard let maxSteps = limits.maxSteps else { return Interrupts.interval }
        if stepsTaken >= maxSteps {
            throw ScriptError(ErrorKind.limitError, "the script took more than \(maxSteps) steps (loop iterations and calls)")
        }
        return min(Interrupts.interval, maxSteps - stepsTaken)
    }
}
