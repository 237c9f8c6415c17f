/// `gather(...)`: every argument as a task, results in argument order. On the
/// first error the others are cancelled and awaited, then the error is
/// rethrown (unless `return_errors: true` puts errors in the list). If the
/// gathering task is cancelled, the children are cancelled and awaited first.
final class GatherAwaitable: AwaitableObject {
    private let items: [Value]
    private let returnErrors: Bool

    init(_ items: [Value], returnErrors: Bool) {
        self.items = items
        self.returnErrors = returnErrors
        super.init(name: "gather")
    }

    override func discard() {
        for item in items { item.closeIfCoroutine() }
    }

    override func await(by task: TaskObject, in vm: VM) throws -> Value? {
        let children = try items.map { try vm.spawn($0) }
        if children.contains(where: { $0 === task }) {
            throw ScriptError.value("gather() cannot wait for the task '\(task.label)' that calls it")
        }
        let gathering = Gathering(children, returnErrors: returnErrors, task: task, scheduler: vm.scheduler)
        vm.scheduler.accessTracker?.see(gathering)
        if let outcome = gathering.outcomeIfFinished() {
            switch outcome {
            case .value(let value): return value
            case .error(let error): throw ScriptError(error)
            case .start: return .nil
            }
        }
        let wait = Wait(.tasks(children, what: "gather"))
        try vm.scheduler.suspend(task, wait)
        gathering.start()
        wait.deliversCancellation = { [gathering] error in gathering.cancelled(by: error) }
        wait.cancel = { [gathering] in gathering.stopListening() }
        return nil
    }
}

/// One awaited gather: counts its children down and wakes the gathering task.
private final class Gathering: TaskObserver {
    let children: [TaskObject]
    let returnErrors: Bool
    unowned let task: TaskObject
    unowned let scheduler: Scheduler
    // @exclusivity(unchecked) in this file: see "Exclusivity" in Sources/Runtime/README.md.
    @exclusivity(unchecked) var remaining: Int
    @exclusivity(unchecked) var firstError: ErrorObject?
    @exclusivity(unchecked) var cancellation: ErrorObject?
    @exclusivity(unchecked) var listening = true
    /// The children are cancelled once: a second cancellation would cut short
    /// the `finally` blocks of those still cleaning up.
    @exclusivity(unchecked) private var othersCancelled = false

    init(_ children: [TaskObject], returnErrors: Bool, task: TaskObject, scheduler: Scheduler) {
        self.children = children
        self.returnErrors = returnErrors
        self.task = task
        self.scheduler = scheduler
        remaining = children.filter { !$0.isDone }.count
        // Children already done count first, in argument order.
        if !returnErrors { firstError = children.first { $0.error != nil }?.error }
    }

    /// The result when no child is left to wait for (all done, or done with an error).
    func outcomeIfFinished() -> TaskObject.Resume? {
        if remaining == 0 || (firstError != nil && children.allSatisfy(\.isDone)) { return outcome() }
        if firstError != nil { cancelOthers() }
        return nil
    }

    func start() {
        for child in children where !child.isDone { child.notify(self) }
    }

    func taskFinished(_ child: TaskObject) {
        guard listening else { return }
        remaining -= 1
        if let error = child.error, firstError == nil, !returnErrors {
            firstError = error
            // In ready-queue order: a sibling woken at this same instant takes its step first.
            scheduler.soon { [self] in cancelOthers() }
        }
        if remaining == 0 {
            listening = false
            scheduler.wake(task, outcome())
        }
    }

    /// The gathering task was cancelled: cancel the children and report when they have all ended.
    func cancelled(by error: ErrorObject) -> Bool {
        cancellation = error
        cancelOthers()
        return remaining > 0
    }

    func stopListening() {
        listening = false
        for child in children where child.observer === self { child.observer = nil }
    }

    private func cancelOthers() {
        guard !othersCancelled else { return }
        othersCancelled = true
        // The gathering task's own cancellation goes on to its children; a child's error cancels the others.
        let cause: CancelCause =
            cancellation != nil ? .awaiter(TaskEventStream.reference(task)) : .gather(TaskEventStream.reference(task))
        for child in children where !child.isDone { scheduler.cancel(child, cause: cause) }
    }

    private func outcome() -> TaskObject.Resume {
        for child in children where child.error != nil { child.errorRetrieved = true }
        if let cancellation { return .error(cancellation) }
        if let firstError, !returnErrors { return .error(firstError) }
        return .value(.list(children.map { $0.error.map { .object($0) } ?? $0.result }))
    }
}

/// `wait_for(aw, seconds)`: the result of `aw`, or at the deadline it is
/// cancelled and awaited (its `finally` runs) before `TimeoutError` is thrown.
final class WaitForAwaitable: AwaitableObject {
    private let inner: Value
    private let nanoseconds: Int64

    init(_ inner: Value, nanoseconds: Int64) {
        self.inner = inner
        self.nanoseconds = nanoseconds
        super.init(name: "wait_for")
    }

    override func discard() {
        inner.closeIfCoroutine()
    }

    override func await(by task: TaskObject, in vm: VM) throws -> Value? {
        let child = try vm.spawn(inner)
        if child === task {
            throw ScriptError.value("wait_for() cannot wait for the task '\(task.label)' that calls it")
        }
        if child.isDone { return try child.outcome() }
        let scheduler = vm.scheduler
        let seconds = Double(nanoseconds) / 1e9
        var timedOut = false
        var cancellation: ErrorObject?
        let wait = Wait(.task(child))
        try scheduler.suspend(task, wait)
        let timer = scheduler.after(nanoseconds: nanoseconds) { [unowned scheduler] in
            timedOut = true
            scheduler.cancel(child, cause: .waitFor(seconds: seconds))
        }
        let token = child.onCompletion { [unowned scheduler] done in
            scheduler.timers.disarm(timer)
            if let cancellation {
                scheduler.wake(task, .error(cancellation))
            } else if timedOut {
                scheduler.wake(task, .error(ErrorObject(kind: ErrorKind.timeoutError, message: "timed out after \(Printer.formatFloat(seconds)) s")))
            } else if let error = done.error {
                done.errorRetrieved = true
                scheduler.wake(task, .error(error))
            } else {
                scheduler.wake(task, .value(done.result))
            }
        }
        wait.deliversCancellation = { [unowned scheduler] error in
            cancellation = error
            scheduler.timers.disarm(timer)
            scheduler.cancel(child, cause: .awaiter(TaskEventStream.reference(task)))
            return true
        }
        wait.cancel = { [unowned scheduler] in
            scheduler.timers.disarm(timer)
            child.removeCompletionHandler(token)
        }
        return nil
    }
}

/// `shield(aw)`: awaiting it waits for `aw`'s task, but cancelling the waiter
/// does not cancel that task.
final class ShieldAwaitable: AwaitableObject {
    private let inner: TaskObject

    init(_ inner: TaskObject) {
        self.inner = inner
        super.init(name: "shield")
    }

    override func await(by task: TaskObject, in vm: VM) throws -> Value? {
        try vm.awaitTask(inner, by: task, cancelsIt: false)
    }
}

/// `as_completed(aws)`: for `for await`, each task's result in the order the
/// tasks finish. Several tasks may iterate one: each result goes to one of
/// them, to the one waiting longest first.
final class AsCompletedIterator: NativeObject {
    @exclusivity(unchecked) private var finished: [TaskObject] = []
    /// Results not handed to a consumer yet (tasks still running, or finished and waiting in `finished`).
    @exclusivity(unchecked) private var remaining: Int
    @exclusivity(unchecked) private var consumers: [(task: TaskObject, scheduler: Scheduler)] = []

    static let nativeType = NativeType(
        "as_completed", of: AsCompletedIterator.self,
        constructor: NativeFunction("as_completed", arity: 1, doc: "as_completed(awaitables) — for `for await`: their results in the order they finish") { args in
            .object(AsCompletedIterator(tasks: try args.elements(0).map { try args.vm.spawn($0) }))
        },
        awaitingInVM: nil,
        nextInVM: { iterator, task, vm in try iterator.next(by: task, in: vm) })

    init(tasks: [TaskObject]) {
        remaining = tasks.count
        super.init(type: Self.nativeType)
        for task in tasks {
            task.onCompletion(changing: self) { [weak self] done in self?.completed(done) }
        }
    }

    private func completed(_ task: TaskObject) {
        guard !consumers.isEmpty else {
            finished.append(task)
            return
        }
        let (waiting, scheduler) = consumers.removeFirst()
        remaining -= 1
        task.errorRetrieved = true
        // A consumer cancelled before it runs leaves this result for the next one.
        scheduler.wake(
            waiting, task.error.map { .error($0) } ?? .value(task.result),
            handoff: .undo { [weak self] in
                self?.remaining += 1
                self?.completed(task)
            })
    }

    private func next(by task: TaskObject, in vm: VM) throws -> Value? {
        if !finished.isEmpty {
            remaining -= 1
            return try finished.removeFirst().outcome()
        }
        // Every result still to come is promised to a consumer already waiting: this one is done.
        if remaining <= consumers.count { return .undefined }
        let scheduler = vm.scheduler
        try scheduler.suspend(task, Wait(.primitive(self, operation: "next result")) { [weak self] in
            self?.consumers.removeAll { $0.task === task }
        })
        consumers.append((task, scheduler))
        return nil
    }
}

extension Value {
    /// A coroutine handed to something that will now never run it is closed:
    /// it no longer counts as never awaited.
    func closeIfCoroutine() {
        if case .object(let object) = self, object.kind == .coroutine {
            unsafeDowncast(object, to: CoroutineObject.self).isStarted = true
        }
    }
}
