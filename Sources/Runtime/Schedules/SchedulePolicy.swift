/// Which ready task runs next, whenever more than one could. Every such
/// decision goes through one place (`ScheduleChooser`), so a run can follow
/// today's FIFO order, a seeded random order, PCT's priorities, or a recorded
/// schedule, and tell which choices it made (`ScheduleLog`).
public enum SchedulePolicy: Sendable, Equatable {
    /// The ready queue's order (LANGUAGE.md 6.3): the default.
    case fifo
    /// A seeded random pick among the ready tasks (`--shuffle SEED`).
    case shuffle(seed: UInt64)
    /// Probabilistic concurrency testing (Burckhardt et al., ASPLOS 2010): tasks
    /// get random priorities, the highest ready one runs, and at `depth - 1`
    /// random steps out of `steps` the running task drops to the lowest.
    case pct(seed: UInt64, depth: Int, steps: Int)
    /// The choices of a recorded schedule (`1.0.1`: the index among the ready
    /// tasks, in queue order, at each real choice), then `then` once they run
    /// out or stop fitting the program.
    case replay(Schedule, then: ReplayFallback)
    /// At the i-th pick (of every pick, not only choices), the task with id
    /// `ids[i]` when it is ready, then FIFO: stepping by hand (`SteppedRun`).
    case taskOrder([Int])
}

/// How a replay goes on past its schedule.
public enum ReplayFallback: Sendable, Equatable {
    case fifo
    case shuffle(seed: UInt64)

    var policy: SchedulePolicy {
        switch self {
        case .fifo: return .fifo
        case .shuffle(let seed): return .shuffle(seed: seed)
        }
    }
}

/// The choices a run made where more than one task was ready, one index each
/// (0 is FIFO's pick): `1.0.1`.
public struct Schedule: Sendable, Hashable, CustomStringConvertible {
    public var choices: [Int]

    public init(_ choices: [Int]) {
        self.choices = choices
    }

    /// `1.0.1`; the empty schedule (FIFO throughout) is `fifo`.
    public var description: String {
        choices.isEmpty ? "fifo" : choices.map(String.init).joined(separator: ".")
    }

    /// Reads `1.0.1` (or `fifo`); nil for anything else.
    public init?(parsing text: String) {
        let trimmed = String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        if trimmed == "fifo" || trimmed.isEmpty {
            choices = []
            return
        }
        var parsed: [Int] = []
        for part in trimmed.split(separator: ".", omittingEmptySubsequences: false) {
            guard let index = Int(part), index >= 0 else { return nil }
            parsed.append(index)
        }
        choices = parsed
    }

    /// How many choices differ from FIFO's.
    public var deviations: Int { choices.count { $0 != 0 } }
}

/// One real choice of a run: the ready tasks (in queue order) and which ran.
public struct ScheduleChoice: Sendable {
    /// The scheduler step at which it was made (as `TaskEvent.step` counts).
    public let step: Int
    public let ready: [TaskReference]
    public let picked: Int
}

/// Where a replayed schedule stopped fitting the program (after an edit): the
/// choice it asked for, and what the run offered instead.
public struct ScheduleDivergence: Sendable, CustomStringConvertible {
    /// Which choice (0-based) differed, at which scheduler step.
    public let choice: Int
    public let step: Int
    public let wanted: Int?
    /// The ready tasks there; empty when the run ended before the schedule did.
    public let ready: [TaskReference]

    public var description: String {
        if let wanted, !ready.isEmpty {
            return "choice \(choice + 1) (step \(step)) asks for index \(wanted), but only \(ready.count) tasks are ready there: "
                + ready.map(\.description).joined(separator: ", ")
        }
        return "the run ended after \(choice) choices, before the schedule did"
    }
}
