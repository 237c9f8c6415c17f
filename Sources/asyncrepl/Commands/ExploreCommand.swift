import ArgumentParser
import AsyncLang
import Runtime
import RuntimeDatabase

/// `asyncrepl explore FILE`: runs a script under many schedules and reports
/// every distinct outcome, how often it came, and the command that
/// reproduces it. Seeded random orders by default; `--exhaustive` tries every
/// schedule, fewest reorderings first; `--pct` uses PCT's priorities.
struct ExploreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Run a script under many schedules and report what can happen.",
        discussion: """
            Outcomes differ by standard output and the error line. A run fails when it ends with an error \
            (an uncaught one, a deadlock). Exit status: 0 when no run failed, 1 when one did, 2 for a usage error.
            """
    )

    @ArgumentParser.Argument(help: ArgumentHelp("The script to explore.", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("How many runs (random and PCT).", valueName: "n"))
    var runs: Int = 100

    @Flag(help: "Explore every schedule: one run per class of schedules that only reorder independent steps.")
    var exhaustive = false

    @Flag(
        name: .customLong("no-reduction"),
        help: "With --exhaustive: run every schedule itself, fewest deviations from FIFO order first.")
    var noReduction = false

    @Flag(help: "Use PCT (random priorities and --depth - 1 priority change points) instead of random orders.")
    var pct = false

    @Option(help: ArgumentHelp("With --pct: the depth of the bugs to look for.", valueName: "d"))
    var depth: Int = 2

    @Option(name: .customLong("first-seed"), help: ArgumentHelp("The first run's schedule seed; run i uses this + i.", valueName: "n"))
    var firstSeed: UInt64 = 1

    @Option(help: ArgumentHelp("With --exhaustive: stop after this many schedules.", valueName: "n"))
    var limit: Int = 100_000

    @Option(help: ArgumentHelp("Seed for the script's random numbers (the same in every run).", valueName: "n"))
    var seed: UInt64?

    @Option(
        name: .customLong("net-latency"),
        help: ArgumentHelp("Seconds each request of the simulated network costs.", valueName: "seconds"))
    var netLatency: Double = 0.05

    @Option(
        name: .customLong("max-steps"),
        help: ArgumentHelp("Loop iterations and calls each run may take before it fails with LimitError (a script that never ends).", valueName: "n"))
    var maxSteps: Int = 10_000_000

    /// For the golden runner: `runs: N`, `complete: yes|no`, `failures: N`, one per line.
    @Flag(help: .hidden)
    var summary = false

    func validate() throws {
        guard runs > 0 else { throw ValidationError("--runs needs at least 1 run, got \(runs)") }
        guard depth >= 1 else { throw ValidationError("--depth needs at least 1, got \(depth)") }
        guard limit > 0 else { throw ValidationError("--limit needs at least 1 schedule, got \(limit)") }
        guard maxSteps > 0 else { throw ValidationError("--max-steps needs at least 1 step, got \(maxSteps)") }
        guard !(exhaustive && pct) else { throw ValidationError("choose --exhaustive or --pct, not both") }
        guard !noReduction || exhaustive else { throw ValidationError("--no-reduction goes with --exhaustive") }
    }

    func run() throws {
        let script = try ScriptFile(file)
        let source = SourceFile(path: script.displayName, bytes: script.bytes)
        var configuration = Configuration()
        configuration.seed = seed ?? 0
        configuration.networkLatency = netLatency
        configuration.databaseDriver = StandardDatabaseDriver()
        configuration.slowTask = nil
        configuration.limits.maxSteps = maxSteps
        // A script that does not compile has one outcome whatever the schedule: say where it is wrong.
        let errors = Interpreter.compileErrors(in: source, limits: configuration.limits)
        guard errors.isEmpty else {
            StandardStream.error.write(DiagnosticRenderer.render(errors))
            throw ExitCode(ExitStatus.scriptError)
        }
        let exploration: Exploration
        if exhaustive && noReduction {
            exploration = Explorer.everySchedule(source, limit: limit, configuration: configuration)
        } else if exhaustive {
            exploration = Explorer.exhaustive(source, limit: limit, configuration: configuration)
        } else if pct {
            exploration = Explorer.pct(source, depth: depth, runs: runs, seed: firstSeed, configuration: configuration)
        } else {
            exploration = Explorer.random(source, runs: runs, seed: firstSeed, configuration: configuration)
        }
        if let step = exploration.nondeterministicAt {
            throw ValidationError(
                "\(file) did not run the same way twice under the same schedule (it differed at step \(step + 1)); "
                    + "explore needs a program whose runs depend only on their schedule and --seed")
        }
        if summary {
            StandardStream.output.write(Self.summary(of: exploration))
            return
        }
        var report = ExplorationReport(exploration: exploration, file: file, seedFlag: seed.map { " --seed \($0)" } ?? "")
        if let failure = exploration.firstFailure, exhaustive {
            report.timeline = Self.timeline(of: failure.schedule, source: source, configuration: configuration)
        }
        StandardStream.output.write(report.text)
        if exploration.failures > 0 { throw ExitCode(ExitStatus.scriptError) }
    }

    /// `schedules: N`, `runs: N`, `complete: yes|no`, `failures: N` (schedules,
    /// or random runs, that ended in an error), one per line.
    static func summary(of exploration: Exploration) -> String {
        "schedules: \(exploration.schedules)\nruns: \(exploration.runs)\ncomplete: \(exploration.isComplete ? "yes" : "no")\n"
            + "failures: \(exploration.failures)\n"
    }

    /// The text timeline of one schedule's run.
    static func timeline(of schedule: Schedule, source: SourceFile, configuration: Configuration) -> String {
        let recorder = TimelineRecorder()
        _ = ScheduleRun.run(source, policy: .replay(schedule, then: .fifo), configuration: configuration, events: recorder.observer)
        return TextTimeline.render(recorder.timeline())
    }
}
