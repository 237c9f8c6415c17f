/// What calling a generator function returns: a fiber that runs the body up
/// to each `yield` when the consumer asks for the next value.
final class GeneratorObject: Obj {
    let fiber: Fiber
    let name: String
    let isAsync: Bool
    // @exclusivity(unchecked) in this file: see "Exclusivity" in Sources/Runtime/README.md.
    @exclusivity(unchecked) var isRunning = false
    /// Closes the generator if it is abandoned in the middle of a `try` or `with`.
    @exclusivity(unchecked) private weak var scheduler: Scheduler?

    init(fiber: Fiber, name: String, isAsync: Bool, scheduler: Scheduler) {
        self.fiber = fiber
        self.name = name
        self.isAsync = isAsync
        self.scheduler = scheduler
        super.init(kind: .generator)
    }

    override var typeName: String { "generator" }
    var isDone: Bool { fiber.status == .done }

    /// Abandoned (nothing refers to it any more) while suspended inside a `try`
    /// or `with`: it is closed as Python closes a collected generator, in a task
    /// of its own that throws `CancelledError` where it stopped, so its
    /// `finally` blocks run and its contexts exit (a `with lock` releases it).
    deinit {
        if fiber.status == .suspended, fiber.state.pointee.handlerCount > 0, let scheduler {
            scheduler.close(abandoned: fiber, name: name)
        }
    }
}

/// What calling an `async fn` returns: the call, not yet started. Awaiting it
/// runs the body inline in the awaiting task; `spawn` runs it in a new task.
final class CoroutineObject: Obj {
    let callee: Value
    let arguments: [Value]
    let name: String
    /// Where it was created, for the never-awaited warning.
    let origin: TraceFrame?
    /// Told when the coroutine is started or dropped without being awaited or spawned.
    @exclusivity(unchecked) weak var warnings: WarningSink?
    var isStarted = false {
        didSet { if isStarted { warnings?.coroutineSettled(self) } }
    }

    init(callee: Value, arguments: [Value], name: String, origin: TraceFrame?, warnings: WarningSink?) {
        self.callee = callee
        self.arguments = arguments
        self.name = name
        self.origin = origin
        self.warnings = warnings
        super.init(kind: .coroutine)
        warnings?.coroutineCreated(self)
    }

    override var typeName: String { "coroutine" }

    var neverAwaitedMessage: String {
        "coroutine '\(name)' was never awaited (\(origin?.location ?? "?"))"
    }

    deinit {
        if !isStarted, let warnings {
            warnings.coroutineSettled(self)
            warnings.warn(neverAwaitedMessage)
        }
    }
}

/// A builtin method taken as a value: `let push = xs.append`.
final class BoundMethod: Obj {
    let receiver: Value
    let method: Unmanaged<NativeFunction>

    init(receiver: Value, method: Unmanaged<NativeFunction>) {
        self.receiver = receiver
        self.method = method
        super.init(kind: .boundMethod)
    }

    override var typeName: String { "fn" }
}
