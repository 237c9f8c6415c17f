import Synchronization

/// What a run's scheduling was: every real choice (more than one task ready),
/// how many picks there were in all, how many tasks ran, and where a replayed
/// schedule stopped fitting. Give one to `Configuration.scheduleLog` and read
/// it from any thread after (or during) the run.
public final class ScheduleLog: Sendable {
    private let state = Mutex(Contents())

    public init() {}

    struct Contents {
        var choices: [ScheduleChoice] = []
        var steps = 0
        var picks: [Int] = []
        var tasks: Set<Int> = []
        var divergence: ScheduleDivergence?
    }

    /// The choices made, in order.
    public var choices: [ScheduleChoice] { state.withLock { $0.choices } }
    /// The run's schedule: the index picked at each choice.
    public var schedule: Schedule {
        let choices = state.withLock { $0.choices }
        return Schedule(choices.map(\.picked), checks: choices.map(\.check))
    }
    /// Times the scheduler picked a task (a choice or not).
    public var steps: Int { state.withLock { $0.steps } }
    /// The id of the task picked at each step.
    public var picks: [Int] { state.withLock { $0.picks } }
    /// How many different tasks ran.
    public var tasks: Int { state.withLock { $0.tasks.count } }
    /// Where a replayed schedule stopped fitting the program, if it did.
    public var divergence: ScheduleDivergence? { state.withLock { $0.divergence } }

    func picked(_ task: Int) {
        state.withLock {
            $0.steps += 1
            $0.picks.append(task)
            $0.tasks.insert(task)
        }
    }

    func chose(_ choice: ScheduleChoice) {
        state.withLock { $0.choices.append(choice) }
    }

    func diverged(_ divergence: ScheduleDivergence) {
        state.withLock { if $0.divergence == nil { $0.divergence = divergence } }
    }
}
