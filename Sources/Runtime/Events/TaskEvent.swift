/// One thing that happened to a task: what `--trace` prints, and what
/// timelines and schedule exploration read. A host receives every event
/// through `Configuration.taskEvents`, in order, on the interpreter's thread.
public struct TaskEvent: Sendable {
    /// The interpreter's clock when it happened, in seconds (virtual or real), as `now()` reads it.
    public let time: Double
    /// How many times the scheduler had picked a task to run when it happened:
    /// it never decreases, so events at the same instant still have an order.
    public let step: Int
    /// The task it happened to.
    public let task: TaskReference
    public let kind: Kind

    public enum Kind: Sendable {
        /// Made by `spawn`, `gather`, a group…: by which task (nil for an entry or a host call) and where.
        case spawned(by: TaskReference?, at: SourceLocation?)
        /// Picked from the ready queue to run: its first step, or a resumption.
        case running(resumed: Bool)
        /// Gave up the processor until something wakes it.
        case suspended(Suspension)
        /// Made ready again.
        case woken(by: Waker)
        /// Someone asked for it to be cancelled; it gets `CancelledError` at its current or next await.
        case cancelRequested(by: CancelCause)
        /// Finished with a result, `duration` seconds after it was spawned.
        case done(duration: Double)
        /// Finished with an error other than a cancellation (its summary: `ValueError: boom`).
        case failed(error: String, duration: Double)
        /// Finished by a cancellation; `by` is what asked for the last one, when known.
        case cancelled(by: CancelCause?, duration: Double)
        /// Started native work (a host's async function; HTTP and database calls): its name and what it does.
        case operationStarted(name: String, detail: String?)
        /// That work ended: what it gave (an HTTP status), or its error's summary if it failed.
        case operationFinished(name: String, detail: String?, duration: Double, outcome: String?, error: String?)
        /// A queue's length or a semaphore's free permits changed, by this task's
        /// step (`measure` says which: `length`, `free permits`; `capacity` is
        /// the queue's maxsize or the semaphore's permits, nil for an unbounded queue).
        /// Not a task's own state, so `--trace` leaves it out; counters in traces read it.
        case level(of: String, measure: String, value: Int, capacity: Int?)
    }
}

/// A task as events name it: `fetch#3`.
public struct TaskReference: Sendable, Hashable, CustomStringConvertible {
    public let id: Int
    public let name: String

    public init(id: Int, name: String) {
        self.id = id
        self.name = name
    }

    /// `fetch#3`
    public var description: String { "\(name)#\(id)" }
}

/// A place in a script: `samples/gather.aw:12:5`.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int

    public var description: String { "\(file):\(line):\(column)" }
}

/// What a suspended task waits on.
public enum Suspension: Sendable {
    case sleep(until: Double)
    /// `await sleep(0)`: to the back of the ready queue.
    case yield
    case task(TaskReference)
    /// Several tasks at once: a `gather`'s children, a task group's.
    case tasks([TaskReference], what: String)
    case lock(name: String, holder: TaskReference?)
    case semaphore(name: String, free: Int, permits: Int)
    case queue(name: String, operation: String)
    case event(name: String)
    /// Native work: a host's async function, an HTTP request, a query.
    case operation(name: String)
    /// Anything else: another native object (`as_completed (next result)`).
    case other(String)
}

/// What made a task ready again.
public enum Waker: Sendable, Equatable {
    /// Another task, while it ran (releasing a lock, finishing, putting into a queue…).
    case task(TaskReference)
    /// A timer: a sleep ending, a timeout expiring.
    case timer
    /// Native work finishing.
    case operation
    /// The host (a call from Swift being cancelled).
    case host
    /// The runtime itself: cleanup at exit, a deadlock report, Ctrl-C.
    case runtime
}

/// What asked for a task to be cancelled.
public enum CancelCause: Sendable, Equatable {
    /// `cancel t` or `t.cancel()` in this task.
    case task(TaskReference)
    /// A `with timeout(seconds)` block it was in expired.
    case timeout(seconds: Double)
    /// `wait_for` gave up waiting for it after `seconds`.
    case waitFor(seconds: Double)
    /// Its task group failed or was cancelled (the group's owner).
    case group(owner: TaskReference?)
    /// A `gather` it belonged to failed (in this task).
    case gather(TaskReference)
    /// The task awaiting it was cancelled, and it is cancelled with it.
    case awaiter(TaskReference)
    /// Ctrl-C (`Interpreter.interrupt()`).
    case interrupt
    /// The script's main task ended; leftover tasks are cancelled.
    case exit
    /// Every task was blocked: the run stops.
    case deadlock
    /// The host (the Swift task of a call was cancelled).
    case host
    /// A generator abandoned inside a `try` or `with` is being closed (its `finally` blocks run).
    case abandoned
}
