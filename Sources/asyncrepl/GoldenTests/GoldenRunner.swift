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
        // Each script's run, then, for schedule expectations, its exploration.
        var commands: [(script: Int, explores: Bool, command: [String])] = []
        for (script, entry) in runnable.enumerated() {
            let path = scripts[entry.index]
            commands.append((script, false, launcher.command(running: path, expecting: entry.expectations)))
            if let request = entry.expectations.exploration {
                commands.append((script, true, launcher.command(exploring: path, request, arguments: entry.expectations.arguments)))
            }
        }
        var outcomes: [Int: (run: ChildOutcome?, exploration: ChildOutcome?)] = [:]
        ChildProcessPool(maxRunning: jobs, timeout: timeout).run(commands.map(\.command)) { commandIndex, outcome in
            let (script, explores, _) = commands[commandIndex]
            let (index, expectations) = runnable[script]
            if explores { outcomes[script, default: (nil, nil)].exploration = outcome } else { outcomes[script, default: (nil, nil)].run = outcome }
            guard let run = outcomes[script]?.run, expectations.exploration == nil || outcomes[script]?.exploration != nil else { return }
            var failures = GoldenComparison.failures(of: run, against: expectations)
            if let exploration = outcomes[script]?.exploration {
                failures += GoldenComparison.explorationFailures(of: exploration, against: expectations)
            }
            if expectations.isStarter { failures = failures.isEmpty ? [.starterAlreadyPasses] : [] }
            log.record(index, failures: failures, stderr: run.stderr)
            outcomes[script] = nil
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
