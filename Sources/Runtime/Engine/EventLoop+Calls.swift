import Synchronization

/// Host code calling script functions: each call is a new task on the loop,
/// and the caller waits for its result (an HTTP route handler is exactly that).
extension EventLoop {
    /// Runs `function` with the arguments as a new task and returns its result
    /// (a coroutine or other awaitable it returns is awaited first), or throws
    /// its error. Runs in whatever loop is running now (a script's, a REPL
    /// session's); when none is, this call runs the loop until the task ends.
    func call(
        _ function: Value, _ arguments: [Value], labels: [String: Value], taskName: String?, handle: HostCallHandle
    ) async throws -> Value {
        hostCalls.arrived()
        let task = try vm.spawnFunctionCall(function, arguments, labels: labels, taskName: taskName)
        if handle.attach(to: task.id) { scheduler.cancel(task, cause: .host) }
        wake()
        if let deadlock = await driveToEnd(task) { throw ScriptError(deadlock) }
        return try task.outcome()
    }

    /// `call` of the global function `name`.
    func call(
        named name: String, _ arguments: [Value], labels: [String: Value], taskName: String?, handle: HostCallHandle
    ) async throws -> Value {
        guard let function = globals.value(of: name) else {
            hostCalls.arrived()
            throw ScriptError(ErrorKind.nameError, "name '\(name)' is not defined")
        }
        return try await call(function, arguments, labels: labels, taskName: taskName, handle: handle)
    }

    /// The host's Swift task was cancelled: so is the script task it waits for.
    func cancelHostCall(taskID: Int) {
        guard let task = scheduler.task(withID: taskID) else { return }
        scheduler.wakeSource = .host
        defer { scheduler.wakeSource = .runtime }
        scheduler.cancel(task, cause: .host)
        wake()
    }
}

/// An awaitable whose result is already there.
final class ReadyAwaitable: AwaitableObject {
    private let value: Value

    init(_ value: Value) {
        self.value = value
        super.init(name: "value")
    }

    override func await(by task: TaskObject, in vm: VM) throws -> Value? { value }
}

/// Host calls announced but not yet on the loop: while there are any, a busy
/// loop lets them in between rounds, and virtual time does not jump past them.
final class HostCalls: Sendable {
    private let pending = Atomic<Int>(0)

    /// A host is about to call in (from any thread).
    func announce() { pending.add(1, ordering: .relaxed) }

    /// The call reached the loop.
    func arrived() { pending.subtract(1, ordering: .relaxed) }

    var arePending: Bool { pending.load(ordering: .relaxed) > 0 }
}

/// Links a host's call to its script task, so cancelling the host's Swift task
/// (from any thread, at any moment) cancels the script task too.
final class HostCallHandle: Sendable {
    private let state = Mutex<(cancelled: Bool, taskID: Int?)>((false, nil))

    /// Records the script task; true when the call was cancelled before it had one.
    func attach(to taskID: Int) -> Bool {
        state.withLock { state in
            state.taskID = taskID
            return state.cancelled
        }
    }

    /// Marks the call cancelled; the script task to cancel, if it exists yet.
    func cancel() -> Int? {
        state.withLock { state in
            state.cancelled = true
            return state.taskID
        }
    }
}
