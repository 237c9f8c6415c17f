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

    /// The error an interrupted entry is cancelled with, marked as coming from
    /// here: a script's own `CancelledError("interrupted")` is not a Ctrl-C.
    func error() -> ErrorObject {
        let error = ErrorObject(kind: ErrorKind.cancelledError, message: "interrupted")
        error.cancelledBy = self
        return error
    }

    func isInterruption(_ error: ErrorObject) -> Bool {
        error.isCancellation && error.cancelledBy === self
    }
}

extension VM {
    /// Runs every `Interrupts.interval` backward jumps. Returns the number of
    /// jumps until the next check; throws when the script must stop.
    func checkpoint(
        stepsSinceLast: Int, proto: Unmanaged<FunctionProto>? = nil, ip: UnsafeMutablePointer<Instruction>? = nil
    ) throws -> Int {
        stepsTaken += stepsSinceLast
        if slowStep.isOn { slowStep.check(stepsTaken: stepsTaken, proto: proto, ip: ip) }
        if interrupts.requested.exchange(false, ordering: .relaxed) {
            // Ctrl-C stops the task holding the loop (nothing else can run while it
            // spins, as in Trio) and the entry it keeps waiting, if that is another task.
            if let target = interruptTarget, target !== scheduler.current {
                scheduler.cancel(target, interrupts.error(), cause: .interrupt)
            }
            if let busy = scheduler.current, busy !== interruptTarget {
                warnings.errorOutput.write("Ctrl-C stopped task \(busy.label), which was running without awaiting\n")
            }
            throw ScriptError(interrupts.error())
        }
        guard let maxSteps = limits.maxSteps else { return Interrupts.interval }
        if stepsTaken >= maxSteps {
            throw ScriptError(ErrorKind.limitError, "the script took more than \(maxSteps) steps (loop iterations and calls)")
        }
        return min(Interrupts.interval, maxSteps - stepsTaken)
    }
}
