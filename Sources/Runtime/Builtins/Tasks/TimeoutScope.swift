/// `with timeout(seconds) { ... }`: at the deadline the block's task is
/// cancelled; if that cancellation comes out of the block, it becomes a
/// `TimeoutError`. Of nested scopes only the one whose deadline expired
/// claims the cancellation; an inner scope never claims an outer deadline.
final class TimeoutScope: NativeObject {
    let nanoseconds: Int64
    // @exclusivity(unchecked) in this file: see "Exclusivity" in Sources/Runtime/README.md.
    @exclusivity(unchecked) private var timer: Timer?
    @exclusivity(unchecked) private(set) var expired = false
    @exclusivity(unchecked) private weak var task: TaskObject?
    /// The fiber the block runs on: an async generator's, if the block is in
    /// one. Gone when that generator was abandoned and freed mid-block; its
    /// deadline then has nobody left to cancel.
    @exclusivity(unchecked) private weak var fiber: Fiber?
    @exclusivity(unchecked) private var entered = false

    static let nativeType = NativeType(
        "timeout", of: TimeoutScope.self,
        constructor: NativeFunction("timeout", arity: 1, doc: "timeout(seconds) — a context: `with timeout(s) { … }` cancels the block at the deadline, then throws TimeoutError") { args in
            .object(TimeoutScope(nanoseconds: try args.nanoseconds(0, "a number of seconds")))
        },
        fields: [
            NativeField("expired", doc: "expired — whether the deadline has passed") { .bool($0.expired) },
            NativeField("seconds", doc: "seconds — the time the block is given") { .float(Double($0.nanoseconds) / 1e9) },
        ],
        context: NativeContext(
            enter: { scope, args in
                try scope.enter(args.vm, on: args.fiber)
                return .object(scope)
            },
            exit: { scope, error, args in
                try scope.exit(error, args.vm)
                return .nil
            }),
        display: { "<timeout \(Printer.formatFloat(Double($0.nanoseconds) / 1e9)) s\($0.expired ? " expired" : "")>" })

    init(nanoseconds: Int64) {
        self.nanoseconds = nanoseconds
        super.init(type: Self.nativeType)
    }

    private func enter(_ vm: VM, on fiber: Fiber) throws {
        guard !entered else { throw ScriptError.value("a timeout() can only be entered once") }
        guard let task = vm.scheduler.current else { throw ScriptError.value("timeout() needs a running task") }
        entered = true
        self.task = task
        self.fiber = fiber
        task.timeoutScopes.append(self)
        let scheduler = vm.scheduler
        timer = scheduler.after(nanoseconds: nanoseconds) { [weak self, unowned scheduler] in
            guard let self, let task = self.task, !task.isDone else { return }
            guard self.fiber != nil else {
                task.timeoutScopes.removeAll { $0 === self }
                return
            }
            self.expired = true
            let cancellation = ErrorObject(kind: ErrorKind.cancelledError, message: "")
            cancellation.cancelledBy = self
            // If an outer scope expired at the same instant, the innermost one reports.
            scheduler.cancel(task, cancellation, cause: .timeout(seconds: Double(self.nanoseconds) / 1e9)) { existing in
                guard let outer = existing.cancelledBy as? TimeoutScope,
                    let outerIndex = task.timeoutScopes.firstIndex(where: { $0 === outer }),
                    let innerIndex = task.timeoutScopes.firstIndex(where: { $0 === self })
                else { return false }
                return outerIndex < innerIndex
            }
        }
    }

    private func exit(_ error: ErrorObject?, _ vm: VM) throws {
        if let timer { vm.scheduler.timers.disarm(timer) }
        guard let task else { return }
        task.timeoutScopes.removeAll { $0 === self }
        // A cancellation this scope asked for but that never reached an await is
        // dropped (a cancel asked for meanwhile by someone else takes its place).
        if let pending = task.pendingCancellation, pending.cancelledBy === self {
            task.pendingCancellation = task.laterCancellation
            task.laterCancellation = nil
        }
        guard expired, let thrown = error else { return }
        guard thrown.isCancellation, thrown.cancelledBy === self else { return }
        // Someone else cancelled the task too: that cancellation goes on, not a TimeoutError.
        if let other = task.laterCancellation {
            task.laterCancellation = nil
            throw ScriptError(other)
        }
        throw ScriptError(ErrorKind.timeoutError, "timed out after \(Printer.formatFloat(Double(nanoseconds) / 1e9)) s")
    }
}
