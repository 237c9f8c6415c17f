import ArgumentParser
import Runtime
import RuntimeDatabase
import RuntimeNetwork

/// The flags that shape how a script runs, shared by `asyncrepl run` and `asyncrepl -e`.
struct ScriptOptions: ParsableArguments {
    @Flag(help: "Run on a virtual clock: sleeps take no real time and runs are deterministic.")
    var virtual = false

    @Option(help: ArgumentHelp("Seed for the script's random numbers.", valueName: "n"))
    var seed: UInt64?

    @Option(
        help: ArgumentHelp(
            "Run tasks that are ready at the same instant in a seeded random order instead of first in, first out.",
            valueName: "seed"))
    var shuffle: UInt64?

    @Flag(help: "Print one line per task event (spawned, running, waiting, woken, cancelled, done) to standard error.")
    var trace = false

    @Option(
        name: .customLong("net-latency"),
        help: ArgumentHelp("Seconds each request of the simulated network costs (with --virtual).", valueName: "seconds"))
    var netLatency: Double = 0.05

    @Option(
        help: ArgumentHelp(
            "Send the script's requests for httpbin.org to this server instead (one `asyncrepl httpbin` serves).",
            valueName: "url"))
    var httpbin: String?

    @Option(
        help: ArgumentHelp(
            "Draw every task over time when the script ends: FILE.svg as a picture, '-' as text on standard output.",
            valueName: "file"))
    var timeline: String?

    @Option(
        name: .customLong("trace-json"),
        help: ArgumentHelp(
            "Write the run as a Chrome/Perfetto trace (open it in ui.perfetto.dev or chrome://tracing).",
            valueName: "file"))
    var traceJSON: String?

    @Option(
        name: .customLong("trace-time"),
        help: ArgumentHelp("The time base of --trace-json: 'clock' (the run's clock) or 'steps' (one scheduler step a microsecond).", valueName: "base"))
    var traceTime: TraceTimeBase = .clock

    @Option(
        help: ArgumentHelp(
            "Warn when a task holds the loop this long without awaiting (real clock; 0: never).", valueName: "seconds"))
    var slow: Double = 0.1

    @Option(
        name: .customLong("slow-steps"),
        help: ArgumentHelp(
            "With --virtual: warn when a task takes this many loop iterations and calls without awaiting (0: never).",
            valueName: "n"))
    var slowSteps: Int = 1_000_000

    @Flag(help: .hidden)
    var reportTime = false

    /// What the run is recorded for, if anything.
    var wantsTimeline: Bool { timeline != nil || traceJSON != nil }

    func validate() throws {
        guard slow.isFinite, slow >= 0 else { throw ValidationError("--slow needs a number of seconds that is not negative, got \(slow)") }
        guard slowSteps >= 0 else { throw ValidationError("--slow-steps needs a count that is not negative, got \(slowSteps)") }
        guard netLatency.isFinite, netLatency >= 0 else {
            throw ValidationError("--net-latency needs a number of seconds that is not negative, got \(netLatency)")
        }
        if let httpbin {
            guard !virtual else { throw ValidationError("--httpbin is for the real clock; with --virtual the simulated network answers for httpbin.org") }
            guard httpbin.hasPrefix("http://") || httpbin.hasPrefix("https://") else {
                throw ValidationError("--httpbin needs a URL like http://127.0.0.1:8080, got \(httpbin)")
            }
        }
    }

    /// The interpreter's configuration, writing to these sinks. Task events are
    /// printed through `tracing` when given (the REPL switches it with `:trace`),
    /// else through a printer of their own when `--trace` is on.
    func configuration(
        output: OutputSink = .standardOutput, errorOutput: OutputSink = .standardError, tracing: TracePrinter? = nil,
        recording recorder: TimelineRecorder? = nil
    ) -> Configuration {
        var configuration = Configuration()
        configuration.clock = virtual ? .virtual : .real
        configuration.seed = seed ?? 0
        if let shuffle { configuration.schedule = .shuffle(seed: shuffle) }
        configuration.networkLatency = netLatency
        if !virtual {
            let substitutes = httpbin.map { ["httpbin.org": String($0.reversed().drop { $0 == "/" }.reversed())] } ?? [:]
            configuration.httpTransport = NetworkTransport(substitutes: substitutes)
        }
        configuration.databaseDriver = StandardDatabaseDriver()
        let warnsSlow = virtual ? slowSteps > 0 : slow > 0
        configuration.slowTask = warnsSlow ? SlowTaskWarning(seconds: slow, steps: slowSteps) : nil
        configuration.output = output
        configuration.errorOutput = errorOutput
        let printing = (tracing ?? (trace ? TracePrinter(isOn: true) : nil))?.observer(writingTo: errorOutput)
        switch (printing, recorder?.observer) {
        case (let print?, let record?): configuration.taskEvents = { event in print(event); record(event) }
        case (let print?, nil): configuration.taskEvents = print
        case (nil, let record?): configuration.taskEvents = record
        case (nil, nil): break
        }
        return configuration
    }
}

/// `--trace-time`.
enum TraceTimeBase: String, ExpressibleByArgument, CaseIterable {
    case clock, steps
}
