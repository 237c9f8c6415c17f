import AsyncLang
import DequeModule
import Glibc

/// Runs a script under many schedules and tallies what came out: seeded random
/// orders, PCT, or every schedule there is, fewest reorderings first.
public enum Explorer {
    /// Steps in one run beyond which an exhaustive search stops looking for races.
    public static let mostStepsForRaces = ReducedSearch.mostSteps

    /// `runs` runs, each in a random order seeded `seed`, `seed + 1`, …
    public static func random(
        _ file: SourceFile, runs: Int, seed: UInt64 = 1, configuration: Configuration = Configuration()
    ) -> Exploration {
        ScheduleRunner.withRunner(configuration) { runner in
            var exploration = Exploration(strategy: .random)
            for index in 0..<runs {
                let runSeed = seed &+ UInt64(index)
                exploration.add(runner.run(file, policy: .shuffle(seed: runSeed), configuration: configuration), seed: runSeed)
            }
            exploration.isComplete = true
            return exploration
        }
    }

    /// Every schedule, one run per class of schedules that only reorder
    /// independent steps (`ReducedSearch`); each class counts for all its
    /// schedules. Then the failure with the fewest deviations from FIFO: among
    /// the runs made, or found by `everySchedule` with fewer deviations within
    /// `simplestBudget` runs. Stops after `limit` runs.
    public static func exhaustive(
        _ file: SourceFile, limit: Int = 100_000, simplestBudget: Int = 2_000, configuration: Configuration = Configuration()
    ) -> Exploration {
        ScheduleRunner.withRunner(configuration) { runner in
            var exploration = Exploration(strategy: .exhaustive)
            var search = ReducedSearch(file: file, configuration: configuration, limit: limit, runner: runner)
            search.explore(into: &exploration)
            if let failure = exploration.firstFailure, failure.deviations > 1 {
                let simpler = everySchedule(
                    file, limit: simplestBudget, maxDeviations: failure.deviations - 1, stopAtFailure: true,
                    configuration: configuration, runner: runner)
                if let simplest = simpler.firstFailure { exploration.firstFailure = simplest }
            }
            return exploration
        }
    }

    /// Every schedule, without pruning, by number of deviations from FIFO: all
    /// with none (the FIFO run), then all with one, and so on, so the first
    /// failure found needs the fewest reorderings. Stops after `limit` runs, or
    /// at the first failure when `stopAtFailure`.
    public static func everySchedule(
        _ file: SourceFile, limit: Int = 100_000, maxDeviations: Int = .max, stopAtFailure: Bool = false,
        configuration: Configuration = Configuration()
    ) -> Exploration {
        ScheduleRunner.withRunner(configuration) { runner in
            everySchedule(
                file, limit: limit, maxDeviations: maxDeviations, stopAtFailure: stopAtFailure, configuration: configuration,
                runner: runner)
        }
    }

    static func everySchedule(
        _ file: SourceFile, limit: Int, maxDeviations: Int, stopAtFailure: Bool, configuration: Configuration,
        runner: ScheduleRunner
    ) -> Exploration {
        var exploration = Exploration(strategy: .everySchedule)
        var pending: Deque<[Int]> = [[]]
        while let prefix = pending.popFirst() {
            guard exploration.runs < limit else {
                exploration.isComplete = false
                return exploration
            }
            let run = runner.run(file, policy: .replay(Schedule(prefix), then: .fifo), configuration: configuration)
            exploration.add(run)
            if stopAtFailure && run.failed { return exploration }
            guard Schedule(prefix).deviations < maxDeviations else { continue }
            // Each schedule has one parent: itself without its last deviation, which
            // follows FIFO from there on; so every deviation after the prefix is a child.
            // Waking every waiter at once stays in FIFO's order (`chooseWaiter`).
            for (position, choice) in run.choices.enumerated() where position >= prefix.count && !choice.wakesAll {
                for other in 1..<choice.ready.count {
                    pending.append(run.choices[..<position].map(\.picked) + [other])
                }
            }
        }
        exploration.isComplete = true
        return exploration
    }

    /// PCT with bug depth `depth`: a FIFO run measures the tasks (n) and steps
    /// (k), then `runs` runs with random priorities and `depth - 1` change points.
    public static func pct(
        _ file: SourceFile, depth: Int, runs: Int, seed: UInt64 = 1, configuration: Configuration = Configuration()
    ) -> Exploration {
        ScheduleRunner.withRunner(configuration) { runner in
            var exploration = Exploration(strategy: .pct(depth: depth))
            let first = runner.run(file, policy: .fifo, configuration: configuration)
            var steps = max(1, first.steps)
            for index in 0..<runs {
                let runSeed = seed &+ UInt64(index)
                let run = runner.run(file, policy: .pct(seed: runSeed, depth: depth, steps: steps), configuration: configuration)
                exploration.add(run, seed: runSeed)
                steps = max(steps, run.steps)
            }
            exploration.isComplete = true
            return exploration
        }
    }
}

/// What an exploration saw: each distinct outcome, how often, and a run that reproduces it.
public struct Exploration: Sendable {
    public enum Strategy: Sendable, Equatable {
        case random
        /// Every schedule, one run per class of equivalent ones.
        case exhaustive
        /// Every schedule, one run each.
        case everySchedule
        case pct(depth: Int)
    }

    public let strategy: Strategy
    /// Runs made.
    public private(set) var runs = 0
    /// Schedules the runs stand for: one each, or for an exhaustive search, all
    /// the schedules of each run's class.
    public private(set) var schedules = 0
    /// False when a class was too large to count (it counted as one schedule):
    /// then `schedules`, `failures` and outcome counts are lower bounds.
    public private(set) var countsAreExact = true
    /// Runs that each gave a class of schedules of its own (exhaustive search).
    public private(set) var classes = 0
    /// Runs that turned out to repeat a class already explored (all ready tasks asleep).
    public private(set) var coveredRuns = 0
    /// Where a run did not follow the choices it replayed: the program is not deterministic under a schedule.
    public internal(set) var nondeterministicAt: Int?
    /// The steps of a run too long for an exhaustive search to look for races in.
    public internal(set) var tooManySteps: Int?
    /// Distinct outcomes in the order first seen.
    public private(set) var outcomes: [Outcome] = []
    /// The first run that failed (for an exhaustive search, one with the fewest deviations).
    public internal(set) var firstFailure: ScheduleRun?
    /// Failing runs, or for an exhaustive search the failing schedules.
    public private(set) var failures = 0
    /// The most tasks and scheduler steps any run had (PCT's n and k).
    public private(set) var mostTasks = 0
    public private(set) var mostSteps = 0
    /// Whether every run asked for was made (an exhaustive search: every schedule).
    public internal(set) var isComplete = false

    public struct Outcome: Sendable {
        public let outcome: String
        public let failed: Bool
        /// Runs, or for an exhaustive search schedules, that gave it.
        public internal(set) var count: Int
        /// Runs that gave it.
        public internal(set) var runs: Int
        /// The first run that gave it, and its seed when it was a seeded one.
        public let example: ScheduleRun
        public let seed: UInt64?
    }

    init(strategy: Strategy) {
        self.strategy = strategy
    }

    /// A run that stands for `weight` schedules (nil: too many to count).
    mutating func add(_ run: ScheduleRun, seed: UInt64? = nil, weight counted: Int? = 1) {
        runs += 1
        if strategy == .exhaustive { classes += 1 }
        if counted == nil { countsAreExact = false }
        let weight = counted ?? 1
        schedules = Self.sum(schedules, weight)
        mostTasks = max(mostTasks, run.tasks)
        mostSteps = max(mostSteps, run.steps)
        if run.failed {
            failures = Self.sum(failures, weight)
            if firstFailure == nil || run.deviations < firstFailure!.deviations { firstFailure = run }
        }
        if let index = outcomes.firstIndex(where: { $0.outcome == run.outcome }) {
            outcomes[index].count = Self.sum(outcomes[index].count, weight)
            outcomes[index].runs += 1
        } else {
            outcomes.append(Outcome(outcome: run.outcome, failed: run.failed, count: weight, runs: 1, example: run, seed: seed))
        }
    }

    /// A run that repeated a class already explored.
    mutating func addCoveredRun() {
        runs += 1
        coveredRuns += 1
    }

    private static func sum(_ a: Int, _ b: Int) -> Int {
        let (total, overflow) = a.addingReportingOverflow(b)
        return overflow ? Int.max : total
    }

    /// PCT's guarantee: a bug of depth `depth` shows in one run with probability
    /// at least 1 / (n · k^(depth-1)); after `runs` runs, at least 1 - (1 - p)^runs.
    public static func pctBound(tasks n: Int, steps k: Int, depth: Int, runs: Int) -> (perRun: Double, overall: Double) {
        let perRun = 1 / (Double(max(1, n)) * pow(Double(max(1, k)), Double(max(0, depth - 1))))
        let overall = 1 - pow(1 - perRun, Double(runs))
        return (perRun, overall)
    }
}
