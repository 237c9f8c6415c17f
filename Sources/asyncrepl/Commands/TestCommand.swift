import ArgumentParser
import Glibc

/// `asyncrepl test PATH... [--jobs N] [--timeout SECONDS] [--verbose]`: the golden test runner.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run golden scripts and check their '# expect' comments.",
        discussion: """
            Each script runs as 'asyncrepl run FILE --virtual' (without --virtual when it has a line \
            '# mode: real'), plus the flags of its '# args:' line. Its standard output must be exactly the \
            text of its '# expect: TEXT' lines; '# expect error: TEXT' must begin the first stderr line that \
            starts with 'error'; its exit status must be '# expect exit: N', else 1 when an error is expected, \
            else 0. Exit status: 0 when every script passes, 1 when one fails, 2 when a PATH does not exist \
            or holds no .aw file.
            """
    )

    @Argument(help: ArgumentHelp("Scripts, or directories to search for .aw files.", valueName: "path"))
    var paths: [String]

    @Option(help: ArgumentHelp("How many scripts to run at once (default: the number of CPUs).", valueName: "n"))
    var jobs: Int?

    @Option(help: ArgumentHelp("Kill a script that runs longer than this.", valueName: "seconds"))
    var timeout: Double = 60

    @Flag(help: "Also list the scripts that pass.")
    var verbose = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
        if !(timeout > 0 && timeout <= 1e9) {
            throw ValidationError("--timeout must be a positive number of seconds, got \(timeout)")
        }
    }

    func run() throws {
        let scripts = try collectScripts()
        let runner = GoldenRunner(jobs: jobs ?? Self.onlineProcessors(), timeout: .seconds(timeout), verbose: verbose)
        let tally = runner.run(scripts) { StandardStream.output.write($0) }
        if tally.failed > 0 { throw ExitCode(ExitStatus.scriptError) }
    }

    private func collectScripts() throws(ExitCode) -> [String] {
        let scripts: [String]
        do { scripts = try ScriptCollector.collect(paths) } catch {
            StandardStream.error.write("asyncrepl: cannot read '\(error.path)': \(error.error.reason)\n")
            throw ExitCode(ExitStatus.usageError)
        }
        guard !scripts.isEmpty else {
            let named = paths.map { "'\($0)'" }.joined(separator: ", ")
            StandardStream.error.write("asyncrepl: no .aw scripts found in \(named)\n")
            throw ExitCode(ExitStatus.usageError)
        }
        return scripts
    }

    private static func onlineProcessors() -> Int {
        max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    }
}
