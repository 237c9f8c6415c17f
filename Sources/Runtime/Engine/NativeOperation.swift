/// The arguments of a host's async native function, copied out of the VM's
/// stack so the function can use them across its own awaits. The checked
/// accessors are `ArgumentList`'s, the same as a sync function's.
public struct AsyncArguments: ArgumentList, Sendable {
    public let values: [Value]
    public let labels: [String: Value]
    public let functionName: String

    init(_ arguments: Arguments) {
        values = (0..<arguments.count).map { arguments[$0] }
        labels = arguments.labels
        functionName = arguments.functionName
    }

    public var count: Int { values.count }
    public subscript(index: Int) -> Value { values[index] }
}

extension NativeFunction {
    /// A host function that does async work. Calling it from a script returns
    /// an awaitable; awaiting it runs `body` as a Swift task (on the
    /// cooperative pool, not the interpreter's thread), and cancelling the
    /// waiting script task cancels that Swift task.
    public convenience init(
        _ name: String, arity: ClosedRange<Int>, labels: Set<String> = [], doc: String = "",
        async body: @escaping @Sendable (AsyncArguments) async throws -> Value
    ) {
        self.init(name, arity: arity, labels: labels, doc: doc) { arguments in
            .object(NativeOperation(name: name, arguments: AsyncArguments(arguments), body: body))
        }
    }
}

/// An awaited call of an async native function: a Swift task the scheduler
/// counts as in flight, so virtual time never jumps past real work.
final class NativeOperation: AwaitableObject {
    private let arguments: AsyncArguments
    private let body: @Sendable (AsyncArguments) async throws -> Value
    private var started = false

    init(name: String, arguments: AsyncArguments, body: @escaping @Sendable (AsyncArguments) async throws -> Value) {
        self.arguments = arguments
        self.body = body
        super.init(name: name)
    }

    override func await(by task: TaskObject, in vm: VM) throws -> Value? {
        guard !started else { throw ScriptError(ErrorKind.error, "the call of '\(name)' was already awaited") }
        started = true
        let arguments = self.arguments
        let body = self.body
        try vm.startOperation(for: task, name: name) { try await body(arguments) }
        return nil
    }
}

extension VM {
    /// Runs host work as a native operation of `task` (see `EventLoop.startNativeOperation`).
    func startOperation(
        for task: TaskObject, name: String, detail: String? = nil, _ work: @escaping @Sendable () async throws -> Value,
        outcome: ((Value) -> String?)? = nil, finished: (() -> Void)? = nil, abandoned: (() -> Void)? = nil,
        handoff: Handoff = .discardable, onInterpreterThread: Bool = false
    ) throws {
        // nonisolated(unsafe): the VM runs on the event loop's executor, so the task
        // and the closures never leave it; `assumeIsolated` only states what is already true.
        nonisolated(unsafe) let waiting = task
        nonisolated(unsafe) let describe = outcome
        nonisolated(unsafe) let whenFinished = finished
        nonisolated(unsafe) let whenAbandoned = abandoned
        nonisolated(unsafe) let resultHandoff = handoff
        try eventLoop.assumeIsolated { loop in
            try loop.startNativeOperation(
                for: waiting, name: name, detail: detail, work, outcome: describe, finished: whenFinished,
                abandoned: whenAbandoned, handoff: resultHandoff, onInterpreterThread: onInterpreterThread)
        }
    }

    /// Runs work on a thread of its own as a native operation of `task` (see `EventLoop.startPostedOperation`).
    func startPostedOperation<Result: Sendable>(
        for task: TaskObject, name: String, detail: String? = nil,
        start: (_ completion: @escaping @Sendable (Swift.Result<Result, any Error>) -> Void) -> @Sendable () -> Void,
        convert: @escaping (Swift.Result<Result, any Error>) throws -> Value, finished: (() -> Void)? = nil,
        abandoned: (() -> Void)? = nil
    ) throws {
        // nonisolated(unsafe): as in `startOperation`, all of it stays on the event loop's executor.
        nonisolated(unsafe) let waiting = task
        nonisolated(unsafe) let toValue = convert
        nonisolated(unsafe) let begin = start
        nonisolated(unsafe) let whenFinished = finished
        nonisolated(unsafe) let whenAbandoned = abandoned
        try eventLoop.assumeIsolated { loop in
            try loop.startPostedOperation(
                for: waiting, name: name, detail: detail, start: begin, convert: toValue, finished: whenFinished,
                abandoned: whenAbandoned)
        }
    }

    /// Awaiting a host type's object: its value now, or nil once its async work has started.
    func settle(_ awaited: NativeAwait, for task: TaskObject) throws -> Value? {
        switch awaited {
        case .value(let value): return value
        case .operation(let name, let work):
            try startOperation(for: task, name: name, work)
            return nil
        }
    }

    /// `for await` over a host type's object: the next item, `.undefined` at the
    /// end, or nil once the async work that finds the next item has started.
    func settle(_ next: NativeNext, for task: TaskObject) throws -> Value? {
        switch next {
        case .item(let value): return value
        case .end: return .undefined
        case .operation(let name, let work):
            try startOperation(for: task, name: name) { try await work() ?? .undefined }
            return nil
        }
    }
}

extension EventLoop {
    /// Runs `work` as a Swift task and parks the script task until it finishes;
    /// cancelling the script task cancels the Swift task. The task is isolated
    /// to this actor, so its completion re-enters the interpreter's executor;
    /// `work` itself is not isolated, so host code runs on the cooperative pool
    /// and never holds up the interpreter's thread.
    /// `name` names the work in events and reports (`fetch`, `http.get`); `detail`
    /// says what it does, when there is more to say (`GET http://…`).
    /// `outcome` names what the work gave, for its event (an HTTP status);
    /// `finished` runs on the loop when the work ends, before the task is woken;
    /// `abandoned` when the task stops waiting for it (it was cancelled), on the
    /// loop too, while the work may still be running. `handoff` says what a
    /// cancellation that comes after the work ended, before the task ran, does
    /// with the result (`.committed`: the task keeps it, as a `with` block's
    /// entry must, and is cancelled at its next await). `onInterpreterThread`
    /// runs `work` itself on the interpreter's thread: work that only hands
    /// itself to a thread of its own (a database connection's) saves the hops
    /// to the cooperative pool and back.
    func startNativeOperation(
        for task: TaskObject, name: String, detail: String? = nil, _ work: @escaping @Sendable () async throws -> Value,
        outcome describe: ((Value) -> String?)? = nil, finished: (() -> Void)? = nil, abandoned: (() -> Void)? = nil,
        handoff: Handoff = .discardable, onInterpreterThread: Bool = false
    ) throws {
        let wait = Wait(.native(name: name, detail: detail))
        try scheduler.suspend(task, wait)
        scheduler.inFlight += 1
        let startedAt = scheduler.now
        scheduler.events?.operationStarted(task, name: name, detail: detail)
        let finish = Finish { outcome in
            self.finishNativeOperation(
                task: task, wait: wait, outcome, startedAt: startedAt, describe: describe, finished: finished,
                handoff: handoff)
        }
        let swiftTask: Task<Void, Never>
        if onInterpreterThread {
            swiftTask = Task(executorPreference: executor) {
                let outcome = await outcomeOf(work)
                await self.finishOnLoop(outcome, finish)
            }
        } else {
            // Isolated to the loop (it uses `self`), so the work's end comes back here.
            swiftTask = Task {
                let outcome = await outcomeOf(work)
                self.finishOnLoop(outcome, finish)
            }
        }
        wait.cancel = {
            swiftTask.cancel()
            abandoned?()
        }
    }

    /// `startNativeOperation` for work that runs on a thread of its own and
    /// reports its end by calling the completion `start` is given (once, from
    /// any thread) instead of as a Swift task: the end is posted to the inbox
    /// and taken on the loop, where `convert` makes the task's value of it (or
    /// the error it throws).
    /// `start` returns what stops the work when the task gives up on it.
    func startPostedOperation<Result: Sendable>(
        for task: TaskObject, name: String, detail: String? = nil,
        start: (_ completion: @escaping @Sendable (Swift.Result<Result, any Error>) -> Void) -> @Sendable () -> Void,
        convert: @escaping (Swift.Result<Result, any Error>) throws -> Value, finished: (() -> Void)? = nil,
        abandoned: (() -> Void)? = nil
    ) throws {
        let wait = Wait(.native(name: name, detail: detail))
        try scheduler.suspend(task, wait)
        scheduler.inFlight += 1
        let startedAt = scheduler.now
        scheduler.events?.operationStarted(task, name: name, detail: detail)
        let ending = PostedEnding<Result> { result in
            let outcome = Swift.Result { try convert(result) }
            self.finishNativeOperation(
                task: task, wait: wait, outcome, startedAt: startedAt, describe: nil, finished: finished, handoff: .discardable)
        }
        let inbox = self.inbox
        let stop = start { result in inbox.post { ending.body(result) } }
        wait.cancel = {
            stop()
            abandoned?()
        }
    }

    private func finishOnLoop(_ outcome: Result<Value, any Error>, _ finish: Finish) {
        finish.body(outcome)
    }

    private func finishNativeOperation(
        task: TaskObject, wait: Wait, _ outcome: Result<Value, any Error>, startedAt: Int64,
        describe: ((Value) -> String?)?, finished: (() -> Void)?, handoff: Handoff
    ) {
        scheduler.inFlight -= 1
        defer { wake() }
        finished?()
        let resume: TaskObject.Resume
        switch outcome {
        case .success(let value):
            resume = .value(value)
        case .failure(let error as ScriptError):
            resume = .error(error.error)
        case .failure(is CancellationError):
            resume = .error(ErrorObject(kind: ErrorKind.cancelledError, message: ""))
        case .failure(let error):
            resume = .error(ErrorObject(kind: ErrorKind.error, message: "\(error)"))
        }
        if let events = scheduler.events, case .native(let name, let detail) = wait.reason {
            var error: String?
            var result: String?
            switch resume {
            case .error(let thrown): error = thrown.summary
            case .value(let value): result = describe?(value)
            case .start: break
            }
            events.operationFinished(task, name: name, detail: detail, startedAt: startedAt, outcome: result, error: error)
        }
        // The script task may have been cancelled (and moved on) meanwhile.
        guard task.state == .waiting, task.wait === wait else { return }
        scheduler.wakeSource = .operation
        defer { scheduler.wakeSource = .runtime }
        if case .value = resume {
            scheduler.wake(task, resume, handoff: handoff)
        } else {
            scheduler.wake(task, resume)
        }
    }
}

private func outcomeOf(_ work: @Sendable () async throws -> Value) async -> Result<Value, any Error> {
    do {
        return .success(try await work())
    } catch {
        return .failure(error)
    }
}

/// What ends a native operation on the loop. @unchecked Sendable: it is made
/// on the loop and only ever called there (`finishOnLoop` is the loop's).
private struct Finish: @unchecked Sendable {
    let body: (Result<Value, any Error>) -> Void
}

/// What ends a posted operation on the loop. @unchecked Sendable: it is made on
/// the loop, and the inbox item that calls it runs there (`runInbox`).
private struct PostedEnding<Value: Sendable>: @unchecked Sendable {
    let body: (Result<Value, any Error>) -> Void
}
