/// Everything an `Interpreter` is built from. Two interpreters with their own
/// configurations share nothing.
public struct Configuration: Sendable {
    /// Real time, or a virtual clock that only moves when every task waits.
    public enum Clock: Sendable {
        case real
        case virtual
    }

    public var clock: Clock = .real
    /// Seed of `random()`, `random_int()` and `shuffle()`.
    public var seed: UInt64 = 0
    public var limits = Limits()
    public var output: OutputSink = .standardOutput
    public var errorOutput: OutputSink = .standardError
    /// The modules scripts get, registered in this order: every standard module
    /// by default. A script that uses a name of a standard module left out gets a
    /// `NameError` saying that the module is not enabled.
    public var modules: [Module] = Module.standard
    /// Receives every task event (spawned, running, suspended, woken, cancel
    /// requested, done, failed, cancelled, native work started and finished),
    /// in order, on the interpreter's thread; keep it quick. With none set,
    /// the scheduler pays nothing measurable for events.
    public var taskEvents: (@Sendable (TaskEvent) -> Void)?
    /// Seconds each request of the simulated network (the virtual clock's) costs.
    public var networkLatency = 0.05
    /// What carries real HTTP (the real clock's); with none, a request is an
    /// `HttpError` that says so.
    public var httpTransport: (any HTTPTransport)?
    /// What opens databases for the `db` module (both clocks); with none,
    /// `db.open` is a `DbError` that says so.
    public var databaseDriver: (any DatabaseDriver)?
    /// When a task that holds the loop without awaiting gets a warning on
    /// standard error (`held the loop for 0.42 s`); nil: never.
    public var slowTask: SlowTaskWarning? = SlowTaskWarning()
    /// Which ready task runs next when several could: FIFO by default.
    public var schedule: SchedulePolicy = .fifo
    /// Receives every choice the scheduler makes among several ready tasks.
    public var scheduleLog: ScheduleLog?
    /// Set by a reduced exhaustive exploration for each of its runs: which task
    /// runs at each step, and what each step touched (`ReductionGuide`).
    var reduction: ReductionGuide?
    /// Set by `:step`: records what each step read and wrote, to show it.
    var accessRecorder: AccessTracker?
    /// Set by an exploration: its script, compiled once for all its runs.
    var preparedScripts: PreparedScriptCache?

    public init() {}
}

/// Limits an embedding host may tighten or loosen.
public struct Limits: Sendable {
    /// Deepest call stack before `RecursionError`.
    public var maxCallDepth = 10_000
    /// Deepest syntactic nesting before `error[syntax]: nesting too deep`.
    public var maxNesting = 1_000
    /// Deepest chain of native functions calling back into script code
    /// (a `sorted` key that sorts…), which does use the native stack.
    public var maxNestedCallbacks = 10_000
    /// Bytes of native stack for the interpreter's thread. The parser, resolver
    /// and compiler recurse once per nesting level, and a builtin's callback into
    /// script code nests a VM loop; before the stack runs out (how soon depends
    /// on the build: a sanitizer's frames are larger) such a callback is a
    /// `RecursionError`, whatever `maxNestedCallbacks` allows.
    public var nativeStackSize = 512 << 20
    /// Most steps (loop iterations and calls) the scripts may take before `LimitError`; nil: no limit.
    public var maxSteps: Int? = nil

    public init() {}
}
