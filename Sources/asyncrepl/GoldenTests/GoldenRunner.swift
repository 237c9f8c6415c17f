/// `asyncrepl test`: runs golden scripts as child processes (up to `jobs` at
/// once), checks each run against the script's golden comments, and prints the
/// failures (and with `verbose` the passes) in path order, then `N passed, N failed`.
struct GoldenRunner {
    /// How many scripts passed and failed.
    struct Tally: Equatable {
        var passed = 0
        var failed = 0
    }

    var launcher = ScriptLauncher.currentExecutable
    var jobs: Int
    var timeout: Duration
    var verbose = false

    /// Runs `scripts` (paths, in the order to report them), writing the report with `print`.
    func run(_ scripts: [String], print: @escaping (String) -> Void) -> Tally {
        var log = GoldenResultLog(scripts: scripts, verbose: verbose, print: print)
        var runnable: [(index: Int, expectations: GoldenExpectations)] = []
        for (index, path) in scripts.enumerated() {
            switch Self.prepare(path) {
            case .ready(let expectations): runnable.append((index, expectations))
            case .cannotRun(let failures): log.record(index, failures: failures, stderr: [])
            }
        }
        let commands = runnable.map { launcher.command(running: scripts[$0.index], expecting: $0.expectations) }
        ChildProcessPool(maxRunning: jobs, timeout: timeout).run(commands) { commandIndex, outcome in
            let (index, expectations) = runnable[commandIndex]
            var failures = GoldenComparison.failures(of: outcome, against: expectations)
            if expectations.isStarter { failures = failures.isEmpty ? [.starterAlreadyPasses] : [] }
            log.record(index, failures: failures, stderr: outcome.stderr)
        }
        print("\(log.tally.passed) passed, \(log.tally.failed) failed\n")
        return log.tally
    }

    private enum Preparation {
        case ready(GoldenExpectations)
        case cannotRun([GoldenFailure])
    }

    /// Reads the script's golden comments; a script whose comments are malformed is not run.
    private static func prepare(_ path: String) -> Preparation {
        let source: [UInt8]
        do { source = try RawFile.read(path: path) } catch { return .cannotRun([.unreadableScript(error)]) }
        let expectations = GoldenExpectations(parsing: source)
        guard expectations.problems.isEmpty else {
            return .cannotRun(expectations.problems.map(GoldenFailure.malformedComment))
        }
        return .ready(expectations)
    }
}
