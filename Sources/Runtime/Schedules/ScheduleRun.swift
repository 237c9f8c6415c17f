import AsyncLang
import Synchronization

/// One run of a script under a schedule, on the virtual clock, with its output
/// captured: what it printed, how it ended, and the choices it made.
public struct ScheduleRun: Sendable {
    /// The index picked at each choice, with its check letter (made when asked
    /// for: an exhaustive search makes thousands of runs and shows a few).
    public var schedule: Schedule { Schedule(choices.map(\.picked), checks: choices.map(\.check)) }
    /// Choices that did not take FIFO's pick (`Schedule.deviations`).
    public var deviations: Int { choices.count { $0.picked != 0 } }
    /// Everything it wrote to standard output.
    public let output: String
    /// The first line of standard error that starts with `error` (the uncaught error, a deadlock).
    public let errorLine: String?
    public let status: Int32
    /// Scheduler picks in all, and how many tasks ran.
    public let steps: Int
    public let tasks: Int
    public let choices: [ScheduleChoice]
    /// Where a replayed schedule stopped fitting the program.
    public let divergence: ScheduleDivergence?

    /// A run fails when it ends with an error: an uncaught one, a failed check, a deadlock.
    public var failed: Bool { status != 0 }

    /// What tells outcomes apart: the output and the error line.
    public var outcome: String { output + (errorLine.map { $0 + "\n" } ?? "") }

    /// Runs `file` once under `policy`. `configure` adjusts the configuration
    /// (its seed, modules, drivers); the clock is always virtual, so a run
    /// depends only on its schedule and seed.
    public static func run(
        _ file: SourceFile, policy: SchedulePolicy, configuration base: Configuration = Configuration(),
        events: (@Sendable (TaskEvent) -> Void)? = nil
    ) -> ScheduleRun {
        run(file, policy: policy, configuration: base, events: events, on: nil)
    }

    /// `run`, with the interpreter's jobs on `executor` (drained by this
    /// thread) when one is given, instead of on a thread of its own.
    static func run(
        _ file: SourceFile, policy: SchedulePolicy, configuration base: Configuration = Configuration(),
        events: (@Sendable (TaskEvent) -> Void)? = nil, on executor: InterpreterExecutor?
    ) -> ScheduleRun {
        let output = Mutex("")
        let errors = Mutex("")
        let log = ScheduleLog()
        var configuration = base
        configuration.clock = .virtual
        configuration.schedule = policy
        configuration.scheduleLog = log
        configuration.output = OutputSink { text in output.withLock { $0 += text } }
        configuration.errorOutput = OutputSink { text in errors.withLock { $0 += text } }
        if let events { configuration.taskEvents = events }
        let interpreter =
            executor.map { Interpreter(configuration: configuration, drainedExecutor: $0) } ?? Interpreter(configuration: configuration)
        let status = interpreter.runScript(file)
        let errorText = errors.withLock { $0 }
        let errorLine = errorText.split(separator: "\n").first { $0.hasPrefix("error") }.map(String.init)
        return ScheduleRun(
            output: output.withLock { $0 }, errorLine: errorLine, status: status, steps: log.steps,
            tasks: log.tasks, choices: log.choices, divergence: log.divergence)
    }
}

/// Where the runs of one exploration are made: one thread with an
/// interpreter's stack, which drains each run's jobs itself, so a run costs no
/// thread of its own and no handoff between threads.
struct ScheduleRunner {
    let executor: InterpreterExecutor
    let preparedScripts = PreparedScriptCache()

    /// Runs `body` on a new thread with the stack `configuration` asks for.
    static func withRunner<T>(_ configuration: Configuration, _ body: @escaping (ScheduleRunner) -> T) -> T {
        LargeStackThread.run(stackSize: configuration.limits.nativeStackSize) {
            body(ScheduleRunner(executor: InterpreterExecutor(drainedByCaller: ())))
        }
    }

    func run(_ file: SourceFile, policy: SchedulePolicy, configuration: Configuration) -> ScheduleRun {
        var settings = configuration
        settings.preparedScripts = preparedScripts
        return ScheduleRun.run(file, policy: policy, configuration: settings, on: executor)
    }
}
