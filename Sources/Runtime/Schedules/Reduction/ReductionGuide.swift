import DequeModule

/// A task whose subtree of schedules from some state is already explored (or
/// covered), with the step it took there: it stays asleep while the steps that
/// follow are independent of that step, since running it then would only swap
/// independent steps (Godefroid's sleep sets).
struct SleepingTask {
    let task: Int
    let event: StepEvent
    /// Object names below this were given before `event`'s step, in a run that
    /// made the same choices up to there; only those are comparable by name.
    let namesBefore: Int32

    /// Whether `step` (of the run now) leaves this task's step unchanged and can be swapped with it.
    func isIndependent(of step: StepEvent) -> Bool {
        let stable = namesBefore
        return !event.conflicts(with: step) { old, new in
            // Both runs named alike every object shared before `event`'s step.
            // One named later was made shareable later: by the sleeping task's
            // own step, or by a step of the run now, which that step never saw.
            old < stable && new < stable && old == new
        }
    }
}

/// Steers one run of a reduced exhaustive exploration: it follows `prefix`
/// (a task id per step), then runs the first ready task that is not asleep,
/// and records what every step touched.
final class ReductionGuide: @unchecked Sendable {
    let tracker = AccessTracker()
    let prefix: [Int]
    /// For each step of the prefix, which waiter each of its wakes picks (FIFO's, 0, past the end).
    let prefixWakes: [[Int]]
    /// The sleeping tasks at the last step of the prefix, filtered by what that step does.
    private var sleeping: [SleepingTask]
    /// The sleep set at each step after the prefix, as it arrived there.
    private(set) var sleepSets: [[SleepingTask]] = []
    /// The first step where every ready task was asleep: the rest of the run
    /// repeats schedules already covered.
    private(set) var blockedAt: Int?
    /// The first prefix step whose task was not ready: the program did not run the same way twice.
    private(set) var strayedAt: Int?

    init(prefix: [Int], wakes: [[Int]], sleeping: [SleepingTask]) {
        self.prefix = prefix
        prefixWakes = wakes
        self.sleeping = sleeping
    }

    /// The index in `ready` of the task to run now.
    func choose(among ready: Deque<TaskObject>) -> Int {
        let position = tracker.namesBefore.count
        tracker.finish()
        let index = pick(at: position, among: ready)
        tracker.begin(task: ready[index].id, ready: ready.map(\.id))
        return index
    }

    private func pick(at position: Int, among ready: Deque<TaskObject>) -> Int {
        if position < prefix.count {
            if let index = ready.firstIndex(where: { $0.id == prefix[position] }) { return index }
            if strayedAt == nil { strayedAt = position }
            return 0
        }
        if position > 0, let last = tracker.events.last {
            sleeping.removeAll { !$0.isIndependent(of: last) }
        }
        sleepSets.append(sleeping)
        if blockedAt == nil, let index = ready.firstIndex(where: { task in !sleeping.contains { $0.task == task.id } }) {
            return index
        }
        if blockedAt == nil { blockedAt = position }
        return 0
    }

    /// Which of `count` waiters the step running now wakes (a lock, a
    /// semaphore, a queue): the prefix's pick, FIFO's after it.
    func chooseWaiter(count: Int) -> Int {
        let step = tracker.namesBefore.count - 1
        let made = tracker.wakesInStep
        var picked = 0
        if step >= 0, step < prefixWakes.count, made < prefixWakes[step].count {
            picked = prefixWakes[step][made]
            if picked >= count {
                if strayedAt == nil { strayedAt = step }
                picked = 0
            }
        }
        return tracker.woke(WakeChoice(picked: picked, count: count)) ? picked : 0
    }

    /// The run is over: its last step is closed.
    func runEnded() {
        tracker.finish()
    }
}
