/// A native value that `await` understands: what `sleep(1)`, `gather(...)`,
/// `lock.acquire()` and host async functions return. Like a Python coroutine
/// it does nothing until awaited (or spawned).
class AwaitableObject: Obj {
    /// The name a task spawned from it takes (`spawn sleep(1)` is `sleep#2`).
    let name: String

    init(name: String) {
        self.name = name
        super.init(kind: .awaitable)
    }

    override var typeName: String { "awaitable" }

    /// Starts awaiting it in `task`. Returns the result when it is available at
    /// once; otherwise suspends the task (`Scheduler.suspend`) and returns nil,
    /// and whoever completes it wakes the task with the result.
    func await(by task: TaskObject, in vm: VM) throws -> Value? {
        preconditionFailure("subclasses implement await")
    }

    /// The task spawned to await it was cancelled before it ran: coroutines
    /// handed to it (a gather's, a wait_for's) are closed without the
    /// never-awaited warning, since the script did hand them over.
    func discard() {}
}

/// `sleep(seconds)`.
final class SleepAwaitable: AwaitableObject {
    let nanoseconds: Int64

    init(nanoseconds: Int64) {
        self.nanoseconds = nanoseconds
        super.init(name: "sleep")
    }

    override func await(by task: TaskObject, in vm: VM) throws -> Value? {
        if nanoseconds <= 0 {
            try vm.scheduler.yieldNow(task)
        } else {
            try vm.scheduler.sleep(task, nanoseconds: nanoseconds)
        }
        return nil
    }
}

extension VM {
    /// `await task`: its result at once if it is done, else the awaiting task
    /// waits for it. As in asyncio, cancelling the waiter cancels the awaited
    /// task (unless `cancelsIt` is false, for `shield`), and the waiter then
    /// gets whatever that task ends with.
    func awaitTask(_ awaited: TaskObject, by task: TaskObject, cancelsIt: Bool = true) throws -> Value? {
        if awaited.isDone { return try awaited.outcome() }
        if awaited === task {
            throw ScriptError(ErrorKind.valueError, "task '\(task.label)' cannot await itself")
        }
        let wait = Wait(.task(awaited))
        try scheduler.suspend(task, wait)
        let token = awaited.onCompletion { [unowned scheduler, unowned task] done in
            if let error = done.error {
                done.errorRetrieved = true
                scheduler.wake(task, .error(error))
            } else {
                scheduler.wake(task, .value(done.result))
            }
        }
        wait.cancel = { [unowned awaited] in awaited.removeCompletionHandler(token) }
        if cancelsIt {
            wait.deliversCancellation = { [unowned scheduler, unowned awaited] error in
                // The awaited task cannot end before this one (a group's owner waiting for
                // the child that awaits it): passing the cancellation on would leave both
                // waiting, so this task takes it itself.
                if scheduler.waits(awaited, on: task) { return false }
                return scheduler.cancel(awaited, error, cause: .awaiter(TaskEventStream.reference(task)))
            }
        }
        return nil
    }
}
