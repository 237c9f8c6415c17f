/// What a golden script's comments say its run must produce (LANGUAGE.md
/// section 7). Built from the script's raw bytes by `init(parsing:)`.
struct GoldenExpectations: Equatable {
    /// One per `# expect: TEXT`, in file order: standard output, line by line.
    var stdoutLines: [ExpectedLine] = []
    /// One per `# expect stderr: TEXT`: when there are any, standard error, line by line.
    var stderrLines: [ExpectedLine] = []
    /// `# expect no stderr`: nothing at all on standard error (no warning, no report).
    var expectsNoStderr = false
    /// `# expect error: TEXT`: a prefix of the first stderr line that starts with `error`.
    var errorPrefix: ExpectedLine?
    /// `# expect exit: N`, when the script states its status outright.
    var explicitExitStatus: Int32?
    /// `# args: ...`, split on whitespace: extra flags for `asyncrepl run`.
    var arguments: [String] = []
    /// `# mode: real`: run on the real clock instead of the virtual one.
    var usesRealClock = false
    /// `# exercise: starter`: a classroom exercise before it is solved, which
    /// passes when its run does NOT meet the expectations (they describe the solution).
    var isStarter = false
    /// `# expect time: 3.0`: the virtual clock's reading in seconds when the script ends.
    var finalTime: ExpectedTime?
    /// `# expect schedules: N`: an exhaustive exploration runs exactly N schedules.
    var schedules: ExpectedCount?
    /// `# expect failures: N (exhaustive)` or `(runs: M)`: how many explored runs fail.
    var scheduleFailures: ExpectedFailures?
    /// `# expect deadlock: cycle`, `no cycle` or `none`: what kind of deadlock the run ends in.
    var deadlock: ExpectedDeadlock?
    /// Golden comments that could not be understood. A script with any fails without running.
    var problems: [GoldenProblem] = []

    /// `# expect exit:` if given, else 1 when an error (or a deadlock) is expected, else 0.
    var expectedExitStatus: Int32 {
        let deadlocks = deadlock.map { $0.kind != ExpectedDeadlock.Kind.none } ?? false
        return explicitExitStatus ?? (errorPrefix == nil && !deadlocks ? 0 : 1)
    }

    /// How the script's schedules must be explored for its expectations, if at all.
    var exploration: ExplorationRequest? {
        if schedules != nil { return .exhaustive }
        return scheduleFailures?.exploration
    }
}

/// How `asyncrepl explore` is asked to run a script for its golden comments.
enum ExplorationRequest: Equatable {
    case exhaustive
    case runs(Int)
}

/// A count a golden comment expects, and the script line it came from.
struct ExpectedCount: Equatable {
    var count: Int
    var sourceLine: Int
}

/// `# expect failures: N (exhaustive)` / `(runs: M)`.
struct ExpectedFailures: Equatable {
    var count: Int
    var exploration: ExplorationRequest
    var sourceLine: Int
}

/// `# expect deadlock: KIND`.
struct ExpectedDeadlock: Equatable {
    enum Kind: String, Equatable, CaseIterable {
        case cycle
        case noCycle = "no cycle"
        case none
    }

    var kind: Kind
    var sourceLine: Int
}

/// The text of one expectation (raw bytes, compared byte for byte) and the script line it came from.
struct ExpectedLine: Equatable {
    var bytes: [UInt8]
    var sourceLine: Int

    var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// `# expect time: SECONDS` and the script line it came from.
struct ExpectedTime: Equatable {
    var seconds: Double
    var sourceLine: Int
}

/// A golden comment the runner could not understand, with the line it is on.
struct GoldenProblem: Equatable {
    var sourceLine: Int
    var message: String
}
