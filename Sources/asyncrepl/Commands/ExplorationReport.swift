import Runtime

/// What `asyncrepl explore` prints: how it explored, each distinct outcome as
/// a histogram bar with how often it came and the command that reproduces it,
/// the simplest failing schedule (drawn as a timeline), and for PCT the odds
/// that a bug was missed.
struct ExplorationReport {
    let exploration: Exploration
    let file: String
    /// Flags every reproducing command repeats (`--seed 3`).
    let seedFlag: String
    /// The text timeline of the first failure, when there is one to draw.
    var timeline: String?

    init(exploration: Exploration, file: String, seedFlag: String) {
        self.exploration = exploration
        self.file = file
        self.seedFlag = seedFlag
    }

    var text: String {
        var lines: [String] = [heading]
        let outcomes = exploration.outcomes.sorted { $0.count > $1.count }
        lines.append("\(outcomes.count) distinct \(outcomes.count == 1 ? "outcome" : "outcomes"):")
        let widest = outcomes.map { String($0.count).count }.max() ?? 1
        let longest = outcomes.map(\.count).max() ?? 1
        for outcome in outcomes {
            let bar = String(repeating: "█", count: max(1, outcome.count * 30 / max(1, longest)))
            let count = String(repeating: " ", count: widest - String(outcome.count).count) + String(outcome.count)
            lines.append("")
            lines.append("  \(count) \(outcome.failed ? "✗ failed" : "✓ passed") \(bar)")
            for line in outcome.outcome.split(separator: "\n", omittingEmptySubsequences: false).dropLast().prefix(12) {
                lines.append("      | \(line)")
            }
            lines.append("      reproduce: \(reproduce(outcome.example, seed: outcome.seed))")
        }
        lines.append("")
        lines.append(contentsOf: summary)
        return lines.joined(separator: "\n") + "\n"
    }

    private var heading: String {
        let runs = exploration.runs
        switch exploration.strategy {
        case .random:
            return "explored \(file): \(runs) \(runs == 1 ? "run" : "runs") in random orders (--shuffle seeds)"
        case .exhaustive:
            let schedules = exploration.schedules
            let classes = exploration.classes
            let counted =
                "\(exploration.countsAreExact ? "" : "at least ")\(schedules) \(schedules == 1 ? "schedule" : "schedules") in "
                + "\(classes) \(classes == 1 ? "class" : "classes") (\(runs) \(runs == 1 ? "run" : "runs")"
                + "\(exploration.coveredRuns > 0 ? ", \(exploration.coveredRuns) repeating a class" : ""))"
                + "\nschedules in one class differ only in the order of independent steps"
            return exploration.isComplete
                ? "explored every schedule of \(file): \(counted)"
                : exploration.tooManySteps.map {
                    "explored \(file): stopped after a run of \($0) steps, too many to look for races in (more than \(Explorer.mostStepsForRaces)); "
                        + "try --runs N or --pct"
                } ?? "explored \(file): stopped after \(runs) runs (--limit), having seen \(counted); there are more"
        case .everySchedule:
            return exploration.isComplete
                ? "explored every schedule of \(file), one run each: \(runs) \(runs == 1 ? "schedule" : "schedules")"
                : "explored \(file): stopped after \(runs) schedules (--limit); there are more"
        case .pct(let depth):
            return "explored \(file) with PCT, depth \(depth): \(runs) runs (n = \(exploration.mostTasks) tasks, k = \(exploration.mostSteps) steps)"
        }
    }

    /// The command that gives that run again.
    private func reproduce(_ run: ScheduleRun, seed: UInt64?) -> String {
        if case .random = exploration.strategy, let seed {
            return "asyncrepl run --virtual --shuffle \(seed)\(seedFlag) \(file)"
        }
        return "asyncrepl replay \(file) --schedule \(run.schedule)\(seedFlag)"
    }

    private var summary: [String] {
        var lines: [String] = []
        let failures = exploration.failures
        let exhaustive = exploration.strategy == .exhaustive || exploration.strategy == .everySchedule
        if let failure = exploration.firstFailure {
            lines.append(
                exploration.strategy == .exhaustive
                    ? "\(failures) of \(exploration.schedules) schedules failed."
                    : "\(failures) of \(exploration.runs) runs failed.")
            if exhaustive {
                let reorderings = failure.schedule.deviations
                lines.append(
                    reorderings == 0
                        ? "It fails in plain FIFO order, with no reordering at all:"
                        : "This failure needs \(reorderings) \(reorderings == 1 ? "reordering" : "reorderings") of FIFO order: schedule \(failure.schedule)")
                if let timeline { lines.append(timeline.hasSuffix("\n") ? String(timeline.dropLast()) : timeline) }
            }
            lines.append("Replay it: asyncrepl replay \(file) --schedule \(failure.schedule)\(seedFlag)")
            return lines
        }
        switch exploration.strategy {
        case .exhaustive where exploration.isComplete, .everySchedule where exploration.isComplete:
            lines.append("No schedule fails.")
        case .pct(let depth):
            let bound = Exploration.pctBound(
                tasks: exploration.mostTasks, steps: exploration.mostSteps, depth: depth, runs: exploration.runs)
            lines.append(
                "No failure in \(exploration.runs) runs; a depth-\(depth) bug would have been found with probability ≥ \(Self.percent(bound.overall))"
                    + " (≥ 1/(n·k^\(depth - 1)) = \(Self.percent(bound.perRun)) per run).")
        case .exhaustive where exploration.tooManySteps == nil:
            // Stopped at --limit: the search goes depth-first, so what it ran varies the end of the run most.
            lines.append(
                "No failure in the \(exploration.runs) runs made; they vary the end of the run first (the search goes "
                    + "depth-first), so to sample whole runs try --pct or --runs N, or raise --limit.")
        default:
            lines.append("No failure in \(exploration.runs) runs.")
        }
        return lines
    }

    /// `99.6%`, `0.04%`: one decimal, or enough digits to show a small chance.
    static func percent(_ fraction: Double) -> String {
        let value = fraction * 100
        if value >= 99.95 && fraction < 1 { return "99.9%" }
        if value >= 1 || value == 0 { return "\(Double(Int((value * 10).rounded(.down))) / 10)%" }
        var digits = 1
        while digits < 8 && value * pow10(digits) < 1 { digits += 1 }
        let scale = pow10(digits + 1)
        return "\((value * scale).rounded(.down) / scale)%"
    }

    private static func pow10(_ n: Int) -> Double {
        (0..<n).reduce(1.0) { value, _ in value * 10 }
    }
}
