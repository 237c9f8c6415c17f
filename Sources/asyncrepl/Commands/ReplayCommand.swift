import ArgumentParser
import Runtime

/// `asyncrepl replay FILE --schedule 1.0.1`: runs a script on the virtual clock
/// making the recorded choices among ready tasks, so a failure `explore` found
/// happens again, byte for byte. If the program changed and the schedule no
/// longer fits, it says at which choice, and goes on in FIFO order (or in the
/// seeded random order of `--shuffle SEED`).
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Run a script under a recorded schedule (from `asyncrepl explore`).",
        discussion:
            "The schedule is the index picked among the ready tasks (in queue order) at each point where more than one was ready, each with a letter that checks who was ready there (as explore prints it: 1k.0c.1k; 1.0.1 replays unchecked); 'fifo' is none. Where the program no longer fits, a warning names the choice and the run goes on in FIFO order, or --shuffle's. The clock is always virtual."
    )

    @Argument(help: ArgumentHelp("The script to run, or '-' to read it from standard input.", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("The choices to make, as `explore` prints them: 1.0.1", valueName: "schedule"))
    var schedule: String

    @OptionGroup var options: ScriptOptions

    func validate() throws {
        guard Schedule(parsing: schedule) != nil else {
            throw ValidationError("--schedule needs indexes separated by dots, like 1.0.1 (or 'fifo'), got '\(schedule)'")
        }
    }

    func run() throws {
        let script = try ScriptFile(file)
        var options = options
        options.virtual = true
        let then: ReplayFallback = options.shuffle.map { .shuffle(seed: $0) } ?? .fifo
        let log = ScheduleLog()
        let recorded = Schedule(parsing: schedule)!
        ScriptExecution.run(
            script.bytes, displayName: script.displayName, options: options,
            adjust: { configuration in
                configuration.schedule = .replay(recorded, then: then)
                configuration.scheduleLog = log
            },
            finished: {
                guard let divergence = log.divergence else { return }
                let order = options.shuffle.map { "in the random order of --shuffle \($0)" } ?? "in FIFO order"
                let rest = divergence.ready.isEmpty ? "" : "; the run went on \(order)"
                StandardStream.error.write(
                    "warning: schedule \(recorded) no longer fits \(script.displayName): \(divergence)\(rest)"
                        + " (the schedule it ran: \(log.schedule))\n")
            })
    }
}
