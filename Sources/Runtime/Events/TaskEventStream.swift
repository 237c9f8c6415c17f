/// Turns what the scheduler does into `TaskEvent`s for the host's observer.
/// It exists only when an observer is set: with none, the scheduler's hot
/// paths pay one nil check per event.
final class TaskEventStream {
    private let observer: @Sendable (TaskEvent) -> Void
    private unowned let clock: Clock
    /// Times the scheduler picked a task to run (`TaskEvent.step`).
    // @exclusivity(unchecked) in this file: see "Exclusivity" in Sources/Runtime/README.md.
    @exclusivity(unchecked) var step = 0
    /// The last cancellation asked for each live task, for its `cancelled` event.
    @exclusivity(unchecked) private var cancelCauses: [Int: CancelCause] = [:]

    init(observer: @escaping @Sendable (TaskEvent) -> Void, clock: Clock) {
        self.observer = observer
        self.clock = clock
    }

    func spawned(_ task: TaskObject, by parent: TaskObject?, at origin: TraceFrame?) {
        emit(task, .spawned(by: parent.map(Self.reference), at: origin.map(Self.location)))
    }

    func running(_ task: TaskObject, resumed: Bool) {
        step += 1
        emit(task, .running(resumed: resumed))
    }

    func suspended(_ task: TaskObject, on wait: Wait) {
        emit(task, .suspended(Self.suspension(wait, of: task, clock: clock)))
    }

    func woken(_ task: TaskObject, by waker: Waker) {
        emit(task, .woken(by: waker))
    }

    func cancelRequested(_ task: TaskObject, by cause: CancelCause) {
        cancelCauses[task.id] = cause
        emit(task, .cancelRequested(by: cause))
    }

    func finished(_ task: TaskObject, error: ErrorObject?) {
        let duration = Double(clock.nanoseconds - task.spawnedAt) / 1e9
        let cause = cancelCauses.removeValue(forKey: task.id)
        if let error {
            emit(task, error.isCancellation ? .cancelled(by: cause, duration: duration) : .failed(error: error.summary, duration: duration))
        } else {
            emit(task, .done(duration: duration))
        }
    }

    func operationStarted(_ task: TaskObject, name: String, detail: String?) {
        emit(task, .operationStarted(name: name, detail: detail))
    }

    func operationFinished(
        _ task: TaskObject, name: String, detail: String?, startedAt: Int64, outcome: String? = nil, error: String?
    ) {
        let duration = Double(clock.nanoseconds - startedAt) / 1e9
        emit(task, .operationFinished(name: name, detail: detail, duration: duration, outcome: outcome, error: error))
    }

    /// A primitive's level changed during `task`'s step (nil: the runtime's own,
    /// as when a cancelled waiter hands back what it was given).
    func level(of name: String, measure: String, value: Int, capacity: Int?, by task: TaskObject?) {
        let kind = TaskEvent.Kind.level(of: name, measure: measure, value: value, capacity: capacity)
        if let task { emit(task, kind) } else { observer(TaskEvent(time: clock.seconds, step: step, task: Self.runtime, kind: kind)) }
    }

    /// Who an event is about when no task is: the runtime itself (id 0, never a task's).
    static let runtime = TaskReference(id: 0, name: "runtime")

    private func emit(_ task: TaskObject, _ kind: TaskEvent.Kind) {
        observer(TaskEvent(time: clock.seconds, step: step, task: Self.reference(task), kind: kind))
    }

    static func reference(_ task: TaskObject) -> TaskReference {
        TaskReference(id: task.id, name: task.name)
    }

    static func location(_ frame: TraceFrame) -> SourceLocation {
        let file = frame.proto.takeUnretainedValue().file
        let position = file.position(of: Int(frame.offset))
        return SourceLocation(file: file.path, line: position.line, column: position.column)
    }

    /// The public form of what a task waits on.
    static func suspension(_ wait: Wait, of task: TaskObject, clock: Clock) -> Suspension {
        switch wait.reason {
        case .sleep: return .sleep(until: Double(task.sleepsUntil) / 1e9)
        case .yield: return .yield
        case .task(let awaited): return .task(reference(awaited))
        case .tasks(let tasks, let what): return .tasks(tasks.filter { !$0.isDone }.map(reference), what: what)
        case .native(let name, let detail): return .operation(name: detail ?? "\(name)()")
        case .primitive(let object, let operation):
            switch object {
            case let lock as LockObject: return .lock(name: lock.label, holder: lock.holder.map(reference))
            case let semaphore as SemaphoreObject:
                return .semaphore(name: semaphore.label, free: semaphore.value, permits: semaphore.permits)
            case let event as EventObject: return .event(name: event.label)
            case let queue as QueueObject: return .queue(name: queue.label, operation: operation)
            default: return .other(WaitDescription.describe(wait))
            }
        }
    }
}
