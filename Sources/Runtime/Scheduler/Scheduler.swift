import DequeModule

/// Decides which task runs next: a FIFO ready queue of tasks plus a timer heap
/// ordered by (deadline, arming sequence). The order of LANGUAGE.md 6.3 is a
/// property of these two plain data structures. The scheduler never runs
/// script code itself; `Engine` asks it for the next task and runs the VM.
final class Scheduler {
    // @exclusivity(unchecked) in this file: see "Exclusivity" in Sources/Runtime/README.md.
    @exclusivity(unchecked) private(set) var ready = Deque<TaskObject>()
    /// Tasks ever appended to the ready queue and taken from it, and the
    /// reactions (`soon`) waiting for the ready queue to reach them.
    @exclusivity(unchecked) private var enqueued = 0
    @exclusivity(unchecked) private var dequeued = 0
    @exclusivity(unchecked) private var reactions = Deque<(after: Int, action: () -> Void)>()
    @exclusivity(unchecked) var timers = TimerHeap()
    let clock: Clock
    let isVirtual: Bool
    /// Native operations (host functions, later HTTP and DB) running right now;
    /// the virtual clock never jumps past one.
    @exclusivity(unchecked) var inFlight = 0
    /// The task the VM is running.
    @exclusivity(unchecked) var current: TaskObject?
    /// Every task not yet finished, in spawn order.
    @exclusivity(unchecked) private(set) var live: [Int: TaskObject] = [:]
    @exclusivity(unchecked) private var nextID = 1
    /// Every task spawned, counted for `stats()`.
    @exclusivity(unchecked) private(set) var totalSpawned = 0
    /// Tasks that failed, for the never-retrieved warning at exit (in spawn order).
    /// Those whose error was retrieved are dropped whenever the list doubles, so
    /// a million failed-and-handled tasks do not stay in memory.
    @exclusivity(unchecked) private(set) var failed: [TaskObject] = []
    @exclusivity(unchecked) private var failedPruneAt = 64
    /// Tasks whose wait is passing a cancellation on right now (to detect cycles).
    @exclusivity(unchecked) private var cancelling: [TaskObject] = []
    /// How deep `cancel` calls are nested now, and the cancellations left for later (see `cancel`).
    @exclusivity(unchecked) private var cancelDepth = 0
    @exclusivity(unchecked) private var deferredCancels = Deque<(TaskObject, ErrorObject, CancelCause?)>()
    @exclusivity(unchecked) private var drainingCancels = false
    /// Who picks among several ready tasks (`Configuration.schedule`); nil: FIFO, and nobody logs.
    let chooser: ScheduleChooser?
    /// In a run of a reduced exhaustive exploration, or one `:step` shows: what each step read and wrote.
    let accessTracker: AccessTracker?
    /// Where task events go (traces, timelines, a host's observer); nil when nobody listens.
    let events: TaskEventStream?
    /// What is waking tasks when no task is running: a timer, finished native
    /// work, the host, or the runtime itself (exit cleanup, a deadlock, Ctrl-C).
    @exclusivity(unchecked) var wakeSource = WakeSource.runtime

    enum WakeSource { case timer, operation, host, runtime }

    init(
        clock: Clock, isVirtual: Bool, observer: (@Sendable (TaskEvent) -> Void)? = nil, schedule: SchedulePolicy = .fifo,
        scheduleLog: ScheduleLog? = nil, reduction: ReductionGuide? = nil, accessRecorder: AccessTracker? = nil
    ) {
        self.clock = clock
        self.isVirtual = isVirtual
        if let reduction {
            chooser = ScheduleChooser(guide: reduction, log: scheduleLog)
        } else {
            chooser =
                schedule == .fifo && scheduleLog == nil && accessRecorder == nil
                ? nil : ScheduleChooser(policy: schedule, log: scheduleLog, recorder: accessRecorder)
        }
        accessTracker = reduction?.tracker ?? accessRecorder
        events = observer.map { TaskEventStream(observer: $0, clock: clock) }
    }

    var now: Int64 { clock.nanoseconds }

    // MARK: Tasks

    /// A new task for `fiber`, appended to the ready queue; `origin` is where a
    /// script spawned it (callers work it out only when events are observed).
    func spawn(fiber: Fiber, name: String, origin: TraceFrame? = nil) -> TaskObject {
        let task = TaskObject(id: nextID, name: name, fiber: fiber, spawnedAt: now)
        nextID += 1
        totalSpawned += 1
        live[task.id] = task
        task.state = .ready
        ready.append(task)
        enqueued += 1
        if let accessTracker {
            accessTracker.spawned(task: task.id)
            accessTracker.see(task)
        }
        if let events { events.spawned(task, by: current, at: origin) }
        return task
    }

    /// The next task to run, or nil when none is ready. Reactions whose turn
    /// has come (every task that was ready before them has run) run first.
    func nextReady() -> TaskObject? {
        runDueReactions()
        guard !ready.isEmpty else { return nil }
        let task: TaskObject
        if let chooser {
            let index = chooser.choose(among: ready)
            task = index == 0 ? ready.removeFirst() : ready.remove(at: index)
        } else {
            task = ready.removeFirst()
        }
        dequeued += 1
        return task
    }

    /// Whether a task or a reaction is waiting to run.
    var hasReady: Bool { !ready.isEmpty || !reactions.isEmpty }

    /// An abandoned generator's fiber (see `GeneratorObject.deinit`): a task
    /// that throws `CancelledError` where it stopped joins the ready queue now,
    /// as Python's finalizer hook schedules `aclose()`. Spawning is safe
    /// wherever a value can be freed: no task is freed while the scheduler's
    /// ready queue or live table is being changed.
    func close(abandoned fiber: Fiber, name: String) {
        fiber.resumer = nil
        fiber.state.pointee.framesBelow = 0
        let task = spawn(fiber: fiber, name: name)
        if let events { events.cancelRequested(task, by: .abandoned) }
        task.resume = .error(ErrorObject(kind: ErrorKind.cancelledError, message: "generator '\(name)' was abandoned"))
    }

    /// Runs `action` in ready-queue order: after every task that is ready now
    /// has taken its step, as asyncio's `call_soon` callbacks run. A group or
    /// gather reacts to a failure this way, so siblings woken at the same
    /// instant take their step first (and may fail too) before being cancelled.
    func soon(_ action: @escaping () -> Void) {
        reactions.append((after: enqueued, action: action))
    }

    /// Runs the reactions whose turn has come.
    func runDueReactions() {
        while let first = reactions.first, first.after <= dequeued {
            reactions.removeFirst()
            first.action()
        }
    }

    var liveCount: Int { live.count }

    func task(withID id: Int) -> TaskObject? { live[id] }

    /// Live tasks in spawn order.
    var liveTasks: [TaskObject] { live.values.sorted { $0.id < $1.id } }

    /// The running task gives up the processor until `wake`; `wait` says why.
    /// Throws `CancelledError` instead if a cancellation is pending for it.
    func suspend(_ task: TaskObject, _ wait: Wait) throws {
        if let cancellation = task.pendingCancellation {
            task.pendingCancellation = nil
            wait.cancel()
            throw ScriptError(cancellation)
        }
        task.state = .waiting
        task.wait = wait
        task.waitingSince = now
        task.laterCancellation = nil
        if let events { events.suspended(task, on: wait) }
    }

    /// Makes a waiting task ready; it resumes with `resume` (a value for its
    /// await, or an error thrown there). `handoff` says what the value means if
    /// the task is cancelled before it runs (see `Handoff`).
    func wake(_ task: TaskObject, _ resume: TaskObject.Resume, handoff: Handoff = .discardable) {
        guard task.state == .waiting else { return }
        if let events, task.wait !== yielding { events.woken(task, by: waker) }
        task.wait = nil
        task.resume = resume
        if let onItsWay = task.cancellationOnItsWay {
            if case .error(let error) = resume, error === onItsWay, let replacement = task.cancellationReplacement {
                task.resume = .error(replacement)
            }
            task.cancellationOnItsWay = nil
            task.cancellationReplacement = nil
        }
        task.handoff = handoff
        task.isBeingCancelled = false
        task.state = .ready
        ready.append(task)
        enqueued += 1
        if let accessTracker { accessTracker.enabled(task: task.id) }
    }

    /// Who is waking a task now, for events.
    private var waker: Waker {
        if let current { return .task(TaskEventStream.reference(current)) }
        switch wakeSource {
        case .timer: return .timer
        case .operation: return .operation
        case .host: return .host
        case .runtime: return .runtime
        }
    }

    /// What every sleeping task waits on (one shared wait: a sleep costs no allocation).
    let sleeping = Wait(.sleep)
    /// What a task waits on for the moment of an `await sleep(0)`.
    let yielding = Wait(.yield)

    /// `await sleep(0)`: the running task goes to the back of the ready queue.
    func yieldNow(_ task: TaskObject) throws {
        try suspend(task, yielding)
        wake(task, .value(.nil))
    }

    /// Records the end of a task and runs what waits for it.
    func finish(_ task: TaskObject, result: Value, error: ErrorObject?) {
        live[task.id] = nil
        if let accessTracker {
            accessTracker.writeValue(.object(task))
            for state in task.sharedCompletionState { accessTracker.write(.object(accessTracker.name(of: state))) }
            if task.id == 1 { accessTracker.touchEverything() }  // the end of the program
        }
        if let error {
            error.leftTask = (task.name, task.id)
            if !error.isCancellation { keepFailed(task) }
        }
        // Reported before whoever waits for it is woken.
        if let events { events.finished(task, error: error) }
        task.finish(result: result, error: error)
    }

    /// Whether `waiter` waits, directly or through the tasks it awaits, on
    /// `task`: along a chain of awaited tasks (the nearest 4, so cancelling a
    /// long chain stays linear; a longer cycle is still ended by `cancel`'s own
    /// rule), and into the children a gather or group waits for.
    func waits(_ waiter: TaskObject, on task: TaskObject) -> Bool {
        var current = waiter
        for _ in 0..<4 {
            guard let wait = current.wait else { return false }
            switch wait.reason {
            case .task(let awaited):
                if awaited === task { return true }
                current = awaited
            case .tasks(let awaited, _):
                return awaited.contains { $0 === task }
            default:
                return false
            }
        }
        return false
    }

    private func keepFailed(_ task: TaskObject) {
        failed.append(task)
        guard failed.count >= failedPruneAt else { return }
        failed.removeAll { $0.errorRetrieved }
        failedPruneAt = max(64, failed.count * 2)
    }

    /// `t.cancel()`: delivers `CancelledError` at the task's current (or next)
    /// suspension, once. False when it is already done. `replacing` lets a
    /// cancellation take the place of one already on its way (an inner timeout
    /// expiring at the same instant as an outer one).
    /// `cause` says what asked, for events (by default the running task, else the host).
    @discardableResult
    func cancel(
        _ task: TaskObject, _ error: ErrorObject = ErrorObject(kind: ErrorKind.cancelledError, message: ""),
        cause: @autoclosure () -> CancelCause? = nil, replacing: (ErrorObject) -> Bool = { _ in false }
    ) -> Bool {
        if let events, task.state != .done {
            events.cancelRequested(task, by: cause() ?? current.map { .task(TaskEventStream.reference($0)) } ?? .host)
        }
        // Cancelling a task that awaits another cancels that one too: a long chain
        // of tasks awaiting each other would recurse once per link, so past a
        // depth the rest of the chain is cancelled from a worklist instead.
        if cancelDepth >= Self.maxCancelDepth {
            guard task.state != .done else { return false }
            deferredCancels.append((task, error, cause()))
            return true
        }
        cancelDepth += 1
        let cancelled = cancelNow(task, error, replacing: replacing)
        cancelDepth -= 1
        if cancelDepth == 0 && !drainingCancels {
            drainingCancels = true
            while let (next, nextError, nextCause) = deferredCancels.popFirst() { cancel(next, nextError, cause: nextCause) }
            drainingCancels = false
        }
        return cancelled
    }

    private static let maxCancelDepth = 1_000

    private func cancelNow(_ task: TaskObject, _ error: ErrorObject, replacing: (ErrorObject) -> Bool) -> Bool {
        switch task.state {
        case .done:
            return false
        case .waiting:
            if task.isBeingCancelled {
                // A cancellation on its way (a gather waiting for its children to end)
                // is not asked for twice — unless it comes back round a cycle of tasks
                // waiting on each other: then this task takes it at once, which ends the cycle.
                guard cancelling.contains(where: { $0 === task }) else {
                    if let onItsWay = task.cancellationOnItsWay, replacing(onItsWay) {
                        // It arrives in place of the one on its way (an inner timeout
                        // expiring at the same instant as an outer one): see `wake`.
                        task.cancellationReplacement = error
                    } else {
                        task.laterCancellation = task.laterCancellation ?? error
                    }
                    return true
                }
            } else if let takeOver = task.wait?.deliversCancellation {
                task.isBeingCancelled = true
                cancelling.append(task)
                let tookOver = takeOver(error)
                cancelling.removeLast()
                if tookOver {
                    task.cancellationOnItsWay = error
                    return true
                }
            }
            task.isBeingCancelled = false
            if task.wait === sleeping { timers.disarmWake(task) }
            task.wait?.cancel()
            wake(task, .error(error))
        case .ready:
            switch task.resume {
            case .start:
                keepPending(error, for: task, replacing: replacing)
            case .error(let existing):
                // Woken with an error (a task it awaited failed, a queue closed): the
                // cancellation wins, as asyncio's pending cancel does.
                if !existing.isCancellation || replacing(existing) {
                    task.resume = .error(error)
                } else {
                    task.laterCancellation = task.laterCancellation ?? error
                }
            case .value:
                switch task.handoff {
                case .discardable:
                    task.resume = .error(error)
                case .undo(let undo, _):
                    task.handoff = .discardable
                    undo()
                    task.resume = .error(error)
                case .committed:
                    // What it waited for has happened and cannot be undone: the cancellation comes next time.
                    keepPending(error, for: task, replacing: replacing)
                }
            }
        case .pending, .running:
            keepPending(error, for: task, replacing: replacing)
        }
        return true
    }

    /// A cancellation for the task's next await; one already pending stays unless `replacing` says otherwise.
    private func keepPending(_ error: ErrorObject, for task: TaskObject, replacing: (ErrorObject) -> Bool) {
        if task.pendingCancellation.map(replacing) ?? true {
            task.pendingCancellation = error
        } else {
            task.laterCancellation = task.laterCancellation ?? error
        }
    }

    // MARK: Time

    /// Arms a timer `nanoseconds` from now.
    func after(nanoseconds: Int64, _ action: @escaping () -> Void) -> Timer {
        timers.arm(at: deadline(after: nanoseconds), action)
    }

    /// Suspends the running task until `nanoseconds` from now.
    func sleep(_ task: TaskObject, nanoseconds: Int64) throws {
        task.sleepsUntil = deadline(after: nanoseconds)
        try suspend(task, sleeping)
        timers.armWake(task, at: task.sleepsUntil)
    }

    /// Now plus a delay; a deadline past the clock's range is the end of time, not an overflow.
    private func deadline(after nanoseconds: Int64) -> Int64 {
        let (sum, overflow) = now.addingReportingOverflow(max(0, nanoseconds))
        return overflow ? Int64.max : sum
    }

    /// Moves every timer that is due to action, in (deadline, arming) order.
    /// Returns whether any fired.
    @discardableResult
    func fireDueTimers() -> Bool {
        let due = timers.takeDue(now: now)
        wakeSource = .timer
        defer { wakeSource = .runtime }
        for target in due {
            switch target {
            case .timer(let timer): timer.fire()
            case .wake(let task, _): wake(task, .value(.nil))
            }
        }
        return !due.isEmpty
    }

    /// Virtual time: jumps to the earliest timer (when nothing is ready and no I/O is in flight).
    func advanceVirtualClock() -> Bool {
        guard isVirtual, let deadline = timers.nextDeadline(), let virtual = clock as? VirtualClock else { return false }
        if deadline > virtual.nanoseconds { virtual.nanoseconds = deadline }
        accessTracker?.barrier()
        return true
    }
}

/// What a value a task was woken with means if the task is cancelled before it runs.
enum Handoff {
    /// Nothing is lost by dropping it (a timer fired, an awaited task finished):
    /// the task gets `CancelledError` at its await.
    case discardable
    /// Something was handed to the task (a lock, a permit, a queue item): give it
    /// back, and the task gets `CancelledError` at its await. `whenTaken` runs
    /// instead when the task runs and takes it.
    case undo(() -> Void, whenTaken: () -> Void = {})
    /// It happened and cannot be undone (a put went into the queue): the task
    /// keeps the value and gets the cancellation at its next await.
    case committed
}
