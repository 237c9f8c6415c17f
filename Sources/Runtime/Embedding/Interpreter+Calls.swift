/// Host code calling into scripts.
extension Interpreter {
    /// Runs a script function as a new task on the interpreter's loop and
    /// returns its result, or throws its error (`ScriptError`).
    ///
    /// The function may be sync or async: a coroutine (or any awaitable) it
    /// returns is awaited in the new task. Labels bind to the function's
    /// parameters by name. Safe to call from any thread or task, any number at
    /// once: while a script or a REPL session runs, the call's task runs in its
    /// loop beside the other tasks (in real and virtual time); when nothing
    /// runs, this call runs the loop until its task ends (a task that can never
    /// finish throws `DeadlockError`). Cancelling the calling Swift task
    /// cancels the script task, which then ends as its `finally` blocks allow.
    public func call(
        _ function: Value, _ arguments: [Value] = [], labels: [String: Value] = [:], taskName: String? = nil
    ) async throws -> Value {
        try await cancellably { handle in
            try await loop.call(function, arguments, labels: labels, taskName: taskName, handle: handle)
        }
    }

    /// Calls the global function `name` (see `call(_:_:labels:taskName:)`).
    public func call(
        _ name: String, _ arguments: [Value] = [], labels: [String: Value] = [:], taskName: String? = nil
    ) async throws -> Value {
        try await cancellably { handle in
            try await loop.call(named: name, arguments, labels: labels, taskName: taskName, handle: handle)
        }
    }

    /// Announces a call to the loop, and cancels its script task if the calling Swift task is cancelled.
    private func cancellably(_ call: (HostCallHandle) async throws -> Value) async throws -> Value {
        loop.hostCalls.announce()
        let handle = HostCallHandle()
        return try await withTaskCancellationHandler {
            try await call(handle)
        } onCancel: {
            guard let taskID = handle.cancel() else { return }
            Task(executorPreference: executor) { await self.loop.cancelHostCall(taskID: taskID) }
        }
    }
}
