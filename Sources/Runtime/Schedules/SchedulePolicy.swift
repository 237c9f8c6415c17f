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

/// The choices a run made where more than one task was ready, one symbol
/// each: the index picked (0 is FIFO's pick), and, as `explore` prints them,
/// a check letter naming what was ready there (`1k.0c.1k`), so a replay
/// after an edit can tell where the program stopped doing what it did.
/// `1.0.1` (no letters) replays without checking.
public struct Schedule: Sendable, Hashable, CustomStringConvertible {
    public var choices: [Int]
    /// A letter per choice, or empty: see `ScheduleChoice.check`.
    public var checks: [Character]

    public init(_ choices: [Int], checks: [Character] = []) {
        self.choices = choices
        self.checks = checks.count == choices.count ? checks : []
    }

    /// `1k.0c.1k` (or `1.0.1` without checks); the empty schedule (FIFO throughout) is `fifo`.
    public var description: String {
        guard !choices.isEmpty else { return "fifo" }
        return choices.indices.map { String(choices[$0]) + (checks.isEmpty ? "" : String(checks[$0])) }.joined(separator: ".")
    }

    /// The same choices without check letters.
    public var unchecked: Schedule { Schedule(choices) }

    /// Reads `1.0.1`, `1k.0c.1k` or `fifo`; nil for anything else.
    public init?(parsing text: String) {
        let trimmed = String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        if trimmed == "fifo" || trimmed.isEmpty {
            self.init([])
            return
        }
        var parsed: [Int] = []
        var letters: [Character] = []
        for part in trimmed.split(separator: ".", omittingEmptySubsequences: false) {
            var digits = Substring(part)
            if let last = digits.last, last.isASCII, last.isLetter {
                letters.append(Character(last.lowercased()))
                digits = digits.dropLast()
            }
            guard let index = Int(digits), index >= 0 else { return nil }
            parsed.append(index)
        }
        guard letters.isEmpty || letters.count == parsed.count else { return nil }
        self.init(parsed, checks: letters)
    }

    /// Schedules are the same when they make the same choices (check letters aside).
    public static func == (a: Schedule, b: Schedule) -> Bool { a.choices == b.choices }
    public func hash(into hasher: inout Hasher) { hasher.combine(choices) }

    /// How many choices differ from FIFO's.
    public var deviations: Int { choices.count { $0 != 0 } }
}

/// One real choice of a run: the ready tasks (in queue order) and which ran.
public struct ScheduleChoice: Sendable {
    /// The scheduler step at which it was made (as `TaskEvent.step` counts).
    public let step: Int
    public let ready: [TaskReference]
    public let picked: Int
    /// Which waiter of a primitive is woken first (`ready` are the waiters), not which ready task runs.
    public var isWakeOrder = false
    /// A wake order where every waiter is woken at once (`Event.set`, a queue's
    /// `join` ending): it only orders them in the ready queue.
    public var wakesAll = false

    /// A letter from the names of the ready tasks, in order, and the index
    /// picked: an edit that changes who is ready there, or their order,
    /// changes it (25 times in 26).
    public var check: Character { Self.check(names: ready.map(\.name), picked: picked) }

    static func check(names: [String], picked: Int) -> Character {
        var hash: UInt32 = 2_166_136_261
        for byte in (names.joined(separator: ",") + "/\(picked)").utf8 {
            hash = (hash ^ UInt32(byte)) &* 16_777_619
        }
        return Character(UnicodeScalar(UInt8(ascii: "a") + UInt8(hash % 26)))
    }
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
    /// The index fitted, but the check letter said other tasks were ready there when it was recorded.
    public var otherTasks = false

    public var description: String {
        if otherTasks, let wanted {
            return "choice \(choice + 1) (step \(step)) was recorded with other tasks ready (its check letter differs); "
                + "now ready: " + ready.map(\.description).joined(separator: ", ") + " (index \(wanted) would be \(ready[min(wanted, ready.count - 1)]))"
        }
        if let wanted, !ready.isEmpty {
            return "choice \(choice + 1) (step \(step)) asks for index \(wanted), but only \(ready.count) tasks are ready there: "
                + ready.map(\.description).joined(separator: ", ")
        }
        return "the run ended after \(choice) choices, before the schedule did"
    }
}
