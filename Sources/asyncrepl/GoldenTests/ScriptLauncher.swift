/// The command line that runs one golden script: this very binary,
/// `/proc/self/exe run FILE --virtual ARGS...`. Tests put a stand-in program
/// (a shell script that mimics an interpreter) in its place.
struct ScriptLauncher {
    /// The program and any leading arguments; `run FILE ...` follows them.
    var program: [String]

    static let currentExecutable = ScriptLauncher(program: ["/proc/self/exe"])

    func command(running path: String, expecting expectations: GoldenExpectations) -> [String] {
        let clock = expectations.usesRealClock ? [] : ["--virtual"]
        let time = expectations.finalTime == nil ? [] : ["--report-time"]
        // `-x.aw` would read as a flag, and `-` as standard input.
        let file = path.hasPrefix("-") ? "./" + path : path
        return program + ["run", file] + clock + time + expectations.arguments
    }

    /// The command that explores the script's schedules for `# expect schedules:`
    /// and `# expect failures:`, printing a summary; `--seed` from `# args:` carries over.
    func command(exploring path: String, _ request: ExplorationRequest, arguments: [String]) -> [String] {
        let file = path.hasPrefix("-") ? "./" + path : path
        let how = request == .exhaustive ? ["--exhaustive"] : ["--runs", String(request.runsCount)]
        var carried: [String] = []
        for (index, flag) in arguments.enumerated() where ["--seed", "--net-latency"].contains(flag) && index + 1 < arguments.count {
            carried += [flag, arguments[index + 1]]
        }
        return program + ["explore", file, "--summary"] + how + carried
    }
}

extension ExplorationRequest {
    var runsCount: Int {
        if case .runs(let count) = self { return count }
        return 0
    }
}
