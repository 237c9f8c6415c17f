/// `with group() as g { g.spawn(...) }`: the block exits only when every child
/// is done. If a child or the body fails, the other children and the body are
/// cancelled, and an `ErrorGroup` of every non-cancellation error is thrown
/// once they have all finished — always a group, even for one error (as in
/// Python 3.11's TaskGroup and Trio). No child outlives its group.
final class TaskGroupObject: NativeObject {
    private var children: [TaskObject] = []
    private var errors: [ErrorObject] = []
    private weak var owner: TaskObject?
    private unowned(unsafe) var scheduler: Scheduler?
    private var state: State = .new

    private enum State { case new, running, exiting, closed }

    override var display: String { "<group of \(children.count) task\(children.count == 1 ? "" : "s")>" }

    override func field(_ name: String) -> Value? {
        name == "tasks" ? .list(children.map { .object($0) }) : nil
    }

    static func methods() -> [NativeFunction] {
        [
            Runtime.method("enter", 0...0, on: TaskGroupObject.self) { group, args in
                guard group.state == .new else { throw ScriptError.value("a group() can only be entered once") }
                group.owner = args.vm.scheduler.current
                group.scheduler = args.vm.scheduler
                group.state = .running
                return .object(group)
            },
            Runtime.method("spawn", 1...1, on: TaskGroupObject.self) { group, args in
                .object(try group.spawn(args[0], args.vm))
            },
            Runtime.method("exit", 1...1, on: TaskGroupObject.self) { group, args in
                .object(GroupExit(group, bodyError: args[0]))
            },
        ]
    }

    private func spawn(_ value: Value, _ vm: VM) throws -> TaskObject {
        guard state == .running || state == .exiting else {
            throw ScriptError.value("this group is \(state == .new ? "not entered yet" : "closed"); spawn inside its 'with' block")
        }
        let child = try vm.spawn(value)
        children.append(child)
        if !errors.isEmpty { vm.scheduler.cancel(child) }
        child.onCompletion { [weak self] done in self?.childFinished(done) }
        return child
    }

    private func childFinished(_ child: TaskObject) {
        guard let error = child.error, !error.isCancellation else { return }
        child.errorRetrieved = true
        let firstFailure = errors.isEmpty
        errors.append(error)
        if firstFailure { cancelEverything() }
    }

    /// On the first failure: cancel the other children, and the body while it still runs.
    private func cancelEverything() {
        guard let scheduler else { return }
        for child in children where !child.isDone { scheduler.cancel(child) }
        if state == .running, let owner, !owner.isDone {
            let cancellation = ErrorObject(kind: ErrorKind.cancelledError, message: "")
            cancellation.cancelledBy = self
            scheduler.cancel(owner, cancellation)
        }
    }

    /// The end of the `with` block: wait for the children, then report.
    final class GroupExit: AwaitableObject {
        private let group: TaskGroupObject
        private let bodyError: ErrorObject?

        init(_ group: TaskGroupObject, bodyError: Value) {
            self.group = group
            if case .object(let object) = bodyError, object.kind == .error {
                self.bodyError = unsafeDowncast(object, to: ErrorObject.self)
            } else {
                self.bodyError = nil
            }
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
                for child in group.children where !child.isDone { scheduler.cancel(child) }
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

            var waiting = group.children.filter { !$0.isDone }
            if waiting.isEmpty { return try finish() }
            let wait = Wait(.tasks(waiting, what: "its task group"))
            try scheduler.suspend(task, wait)
            func childDone() {
                waiting.removeAll { $0.isDone }
                // Children spawned while exiting join the wait.
                if let late = group.children.first(where: { !$0.isDone }) {
                    if !waiting.contains(where: { $0 === late }) {
                        waiting.append(late)
                        late.onCompletion { _ in childDone() }
                    }
                    return
                }
                do {
                    scheduler.wake(task, .value(try finish()))
                } catch let error as ScriptError {
                    scheduler.wake(task, .error(error.error))
                } catch {}
            }
            for child in waiting { child.onCompletion { _ in childDone() } }
            wait.deliversCancellation = { error in
                outsideCancellation = error
                for child in group.children where !child.isDone { scheduler.cancel(child) }
                return true
            }
            return nil
        }
    }
}
