import ArgumentParser
import Runtime

/// The flags that shape how a script runs, shared by `asyncrepl run` and `asyncrepl -e`.
struct ScriptOptions: ParsableArguments {
    @Flag(help: "Run on a virtual clock: sleeps take no real time and runs are deterministic.")
    var virtual = false

    @Option(help: ArgumentHelp("Seed for the script's random numbers.", valueName: "n"))
    var seed: UInt64?

    @Flag(help: .hidden)
    var reportTime = false

    var configuration: Configuration {
        var configuration = Configuration()
        configuration.clock = virtual ? .virtual : .real
        configuration.seed = seed ?? 0
        return configuration
    }
}
