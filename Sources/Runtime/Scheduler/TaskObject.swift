/// A task: a fiber the scheduler runs to completion, with its result, what it
/// waits on now, and who waits for it. `spawn f(x)` makes one; the main
/// program is task #1.
public final class TaskObject: Obj {
    enum State: Equatable {
        /// Spawned, never run.
        case pending
        /// In the ready queue.
        case ready
        case running
        case waiting
        case done
    }

    /// How a task is resumed the next time it runs.
    enum Resume {
        case start
        case value(Value)
        case error(ErrorObject)
    }

    let id: Int
    let name: String
    // @exclusivity(unchecked) in this file: see "Exclusivity" in Sources/Runtime/README.md.
    /// The task's own fiber; released when the task finishes (a finished task keeps only its result).
    @exclusivity(unchecked) private(set) var rootFiber: Fiber!
    /// The fiber that runs when the task resumes: the root, or an async generator it is consuming.
    @exclusivity(unchecked) var activeFiber: Fiber!
    @exclusivity(unchecked) var state: State = .pending
    @exclusivity(unchecked) var resume: Resume = .start
    /// Why the task is waiting, for `:tasks`, traces and deadlock reports.
    @exclusivity(unchecked) var wait: Wait?
    /// The task's result once done.
    @exclusivity(unchecked) private(set) var result: Value = .nil
    @exclusivity(unchecked) private(set) var error: ErrorObject?
    /// A cancellation asked for while the task was running: delivered at its next suspension.
    @exclusivity(unchecked) var pendingCancellation: ErrorObject?
    /// A cancel asked for while another cancellation was already on its way. It is
    /// not delivered twice, but a timeout that would turn that other one into
    /// `TimeoutError` lets this one through instead (asyncio counts requests the
    /// same way). Forgotten when the task next waits.
    @exclusivity(unchecked) var laterCancellation: ErrorObject?
    /// While a cancellation is on its way through what the task awaits (a gather
    /// cancelling its children, say): that cancellation, and one that takes its
    /// place when the task is woken with it.
    @exclusivity(unchecked) var cancellationOnItsWay: ErrorObject?
    @exclusivity(unchecked) var cancellationReplacement: ErrorObject?
    /// What the value it was woken with means if it is cancelled before it runs.
    @exclusivity(unchecked) var handoff: Handoff = .discardable
    /// Its wait is already delivering a cancellation (after its children finish).
    @exclusivity(unchecked) var isBeingCancelled = false
    /// Bumped when a sleep's wake-up must not fire any more (see `TimerHeap`).
    @exclusivity(unchecked) var sleepGeneration: UInt32 = 0
    /// When its current sleep ends (clock nanoseconds).
    @exclusivity(unchecked) var sleepsUntil: Int64 = 0
    /// When it began its current wait (clock nanoseconds), for `:tasks` and `waiting_for`.
    @exclusivity(unchecked) var waitingSince: Int64 = 0
    /// Someone awaited the task, called `result()`, or gathered it: its error is not "never retrieved".
    @exclusivity(unchecked) var errorRetrieved = false
    /// Told first when the task finishes: one observer needs no closure, which
    /// matters for a gather or group of 100,000 tasks.
    @exclusivity(unchecked) var observer: TaskObserver?
    /// Called once when the task finishes, in the order they were added.
    @exclusivity(unchecked) private var completionHandlers: [(token: Int, state: AnyObject?, handler: (TaskObject) -> Void)] = []
    @exclusivity(unchecked) private var nextHandlerToken = 0
    /// Clock reading when the task was spawned, for its age in `:tasks`.
    let spawnedAt: Int64
    /// Timeout scopes (`with timeout(s)`) the task is inside, innermost last.
    @exclusivity(unchecked) var timeoutScopes: [TimeoutScope] = []

    init(id: Int, name: String, fiber: Fiber, spawnedAt: Int64) {
        self.id = id
        self.name = name
        self.rootFiber = fiber
        self.activeFiber = fiber
        self.spawnedAt = spawnedAt
        super.init(kind: .task)
    }

    public override var typeName: String { "task" }

    var isDone: Bool { state == .done }
    /// Whether it has taken its first step.
    var hasStarted: Bool {
        if case .start = resume { return false }
        return true
    }
    var wasCancelled: Bool { error?.isCancellation ?? false }
    /// `fetch#3`
    var label: String { "\(name)#\(id)" }

    /// `<task fetch#3 done>`
    var displayState: String {
        switch state {
        case .pending, .ready: return "pending"
        case .running: return "running"
        case .waiting: return "waiting"
        case .done: return wasCancelled ? "cancelled" : (error != nil ? "failed" : "done")
        }
    }

    /// Tells `observer` when the task finishes (at once if it already has): in the
    /// task's observer slot if it is free, else through a completion handler.
    func notify(_ observer: TaskObserver) {
        if isDone {
            observer.taskFinished(self)
        } else if self.observer == nil {
            self.observer = observer
        } else {
            onCompletion { [unowned observer] in observer.taskFinished($0) }
        }
    }

    /// Runs `handler` when the task finishes (at once if it already has).
    /// Returns a token for `removeCompletionHandler`.
    /// `state` is what the handler changes that several tasks' handlers share
    /// (an `as_completed` iterator), for `AccessTracker`.
    @discardableResult
    func onCompletion(changing state: AnyObject? = nil, _ handler: @escaping (TaskObject) -> Void) -> Int {
        nextHandlerToken += 1
        if isDone { handler(self) } else { completionHandlers.append((nextHandlerToken, state, handler)) }
        return nextHandlerToken
    }

    /// Forgets a handler whose waiter no longer waits (it was cancelled).
    func removeCompletionHandler(_ token: Int) {
        completionHandlers.removeAll { $0.token == token }
    }

    /// What its finishing changes besides itself: the gather or group it
    /// belongs to, state shared by completion handlers.
    var sharedCompletionState: [AnyObject] {
        var states: [AnyObject] = observer.map { [$0] } ?? []
        for handler in completionHandlers { if let state = handler.state { states.append(state) } }
        return states
    }

    func finish(result: Value, error: ErrorObject?) {
        self.result = result
        self.error = error
        state = .done
        wait = nil
        rootFiber = nil
        activeFiber = nil
        if let observer {
            self.observer = nil
            observer.taskFinished(self)
        }
        let handlers = completionHandlers
        completionHandlers = []
        for entry in handlers { entry.handler(self) }
    }

    /// The outcome for someone who awaits the task: its value, or its error thrown.
    func outcome() throws -> Value {
        if let error {
            errorRetrieved = true
            throw ScriptError(error)
        }
        return result
    }
}

/// Something told when tasks finish (a gather, a task group).
protocol TaskObserver: AnyObject {
    func taskFinished(_ task: TaskObject)
}

/// What a waiting task waits on: shown by `:tasks` and deadlock reports, and
/// undone (`cancel`) if the task is cancelled or woken another way.
final class Wait {
    enum Reason {
        case sleep
        /// `await sleep(0)`: for the moment between going to the back of the ready queue and being ready.
        case yield
        case task(TaskObject)
        case tasks([TaskObject], what: String)
        case primitive(Obj, operation: String)
        /// Native work: a host's async function, an HTTP request, a query.
        case native(name: String, detail: String?)
    }

    let reason: Reason
    /// Removes the task from whatever list would wake it.
    @exclusivity(unchecked) var cancel: () -> Void
    /// Set by waits that deliver a cancellation themselves, later (a gather first
    /// cancels its children and waits for them): given the error, returns true
    /// when it took over, so the scheduler leaves the task waiting.
    @exclusivity(unchecked) var deliversCancellation: ((ErrorObject) -> Bool)?

    init(_ reason: Reason, cancel: @escaping () -> Void = {}) {
        self.reason = reason
        self.cancel = cancel
    }
}
