/// `with group() as g { g.spawn(...) }`: the block exits only when every child
/// is done. If a child or the body fails, the other children and the body are
/// cancelled, and an `ErrorGroup` of every non-cancellation error is thrown
/// once they have all finished — always a group, even for one error (as in
/// Python 3.11's TaskGroup and Trio). No child outlives its group.
final class TaskGroupObject: NativeObject, TaskObserver {
    // @exclusivity(unchecked) in this file: see "Exclusivity" in Sources/Runtime/README.md.
    @exclusivity(unchecked) private var children: [TaskObject] = []
    /// Children not finished yet (counted, so a group of 100,000 tasks costs O(1) per child).
    @exclusivity(unchecked) private var unfinished = 0
    /// The exiting `with` block, waiting for the last child.
    @exclusivity(unchecked) private var onAllChildrenDone: (() -> Void)?
    @exclusivity(unchecked) private var errors: [ErrorObject] = []
    @exclusivity(unchecked) private weak var owner: TaskObject?
    // unowned(unsafe): the scheduler belongs to the interpreter, which outlives every group its scripts make.
    @exclusivity(unchecked) private unowned(unsafe) var scheduler: Scheduler?
    @exclusivity(unchecked) private var state: State = .new
    /// The children have been cancelled (each once: a second cancellation would cut
    /// short their `finally` blocks); a child spawned after that starts cancelled.
    @exclusivity(unchecked) private var childrenCancelled = false

    private enum State { case new, running, exiting, closed }

    static let nativeType = NativeType(
        "group", of: TaskGroupObject.self,
        constructor: NativeFunction("group", arity: 0, doc: "group() — a task group: `with group() as g { g.spawn(…) }` waits for every child; a failure cancels the rest and throws ErrorGroup") { _ in .object(TaskGroupObject()) },
        fields: [NativeField("tasks", doc: "tasks — the children spawned so far") { .list($0.children.map { .object($0) }) }],
        methods: [NativeMethod("spawn", arity: 1, doc: "spawn(awaitable) — starts a child task in the group and returns it") { group, args in .object(try group.spawn(args[0], args.vm)) }],
        context: NativeContext(
            enter: { group, args in
                guard group.state == .new else { throw ScriptError.value("a group() can only be entered once") }
                group.owner = args.vm.scheduler.current
                group.scheduler = args.vm.scheduler
                group.state = .running
                return .object(group)
            },
            exit: { group, error, _ in .object(GroupExit(group, bodyError: error)) }),
        display: { "<group of \($0.children.count) task\($0.children.count == 1 ? "" : "s")>" })

    init() {
        super.init(type: Self.nativeType)
    }

    private func spawn(_ value: Value, _ vm: VM) throws -> TaskObject {
        guard state == .running || state == .exiting else {
            throw ScriptError.value("this group is \(state == .new ? "not entered yet" : "closed"); spawn inside its 'with' block")
        }
        let child = try vm.spawn(value)
        children.append(child)
        unfinished += 1  // a child that is already done is counted off at once by its handler
        if childrenCancelled { vm.scheduler.cancel(child, cause: groupCause) }
        child.notify(self)
        return child
    }

    func taskFinished(_ child: TaskObject) {
        unfinished -= 1
        if let error = child.error, !error.isCancellation {
            child.errorRetrieved = true
            let firstFailure = errors.isEmpty
            errors.append(error)
            // In ready-queue order, as Python's TaskGroup does: a sibling woken at
            // this same instant takes its step first, and its error counts too.
            if firstFailure { scheduler?.soon { [self] in cancelEverything() } }
        }
        if unfinished == 0, let resume = onAllChildrenDone {
            onAllChildrenDone = nil
            resume()
        }
    }

    /// On the first failure: cancel the other children, and the body while it still runs.
    private func cancelEverything() {
        guard let scheduler else { return }
        cancelChildren()
        if state == .running, let owner, !owner.isDone {
            let cancellation = ErrorObject(kind: ErrorKind.cancelledError, message: "")
            cancellation.cancelledBy = self
            scheduler.cancel(owner, cancellation, cause: groupCause)
        }
    }

    private var groupCause: CancelCause { .group(owner: owner.map(TaskEventStream.reference)) }

    private func cancelChildren() {
        guard let scheduler, !childrenCancelled else { return }
        childrenCancelled = true
        for child in children where !child.isDone { scheduler.cancel(child, cause: groupCause) }
    }

    /// The end of the `with` block: wait for the children, then report.
    final class GroupExit: AwaitableObject {
        private let group: TaskGroupObject
        private let bodyError: ErrorObject?

        init(_ group: TaskGroupObject, bodyError: ErrorObject?) {
            self.group = group
            self.bodyError = bodyError
            super.init(name: "group")
        }

        override func await(by task: TaskObject, in vm: VM) throws -> Value? {
            let group = self.group
            let scheduler = vm.scheduler
            group.state = .exiting
            // An outside cancellation of the body (not the group's own) is rethrown after the children finish.
            var outsideCancellation: ErrorObject?
            if let bodyError {
                if bodyError.isCancellation {
                    if bodyError.cancelledBy !== group { outsideCancellation = bodyError }
                } else {
                    group.errors.insert(bodyError, at: 0)
                }
                group.cancelChildren()
            }
            if let pending = task.pendingCancellation, pending.cancelledBy === group { task.pendingCancellation = nil }

            func finish() throws -> Value {
                group.state = .closed
                if !group.errors.isEmpty {
                    let count = group.errors.count
                    let errorGroup = ErrorObject(
                        kind: ErrorKind.errorGroup, message: "\(count) error\(count == 1 ? "" : "s") in the task group")
                    errorGroup.errors = group.errors.map { .object($0) }
                    throw ScriptError(errorGroup)
                }
                if let outsideCancellation { throw ScriptError(outsideCancellation) }
                return .nil
            }

            group.onAllChildrenDone = nil
            if group.unfinished == 0 { return try finish() }
            let wait = Wait(.tasks(group.children, what: "its task group"))
            try scheduler.suspend(task, wait)
            group.onAllChildrenDone = {
                do {
                    scheduler.wake(task, .value(try finish()))
                } catch let error as ScriptError {
                    scheduler.wake(task, .error(error.error))
                } catch {}
            }
            wait.deliversCancellation = { error in
                outsideCancellation = error
                group.cancelChildren()
                return true
            }
            return nil
        }
    }
}
