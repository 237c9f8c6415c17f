import DequeModule

/// The one place that decides which ready task runs next when more than one
/// could, by the run's `SchedulePolicy`, and tells the `ScheduleLog` what it
/// chose. The scheduler has none (and pays nothing) for a FIFO run nobody logs.
final class ScheduleChooser {
    private var strategy: Strategy
    private let log: ScheduleLog?
    /// Told where each step begins, to record what it touches (`:step`; a
    /// guided run's guide tells its own tracker).
    private let recorder: AccessTracker?
    /// Picks so far (a choice or not), and real choices so far.
    private var steps = 0
    private var choiceCount = 0

    private enum Strategy {
        case fifo
        case shuffle(SeededGenerator)
        case pct(PCTPriorities)
        case replay(Schedule, next: Int, then: ReplayFallback)
        case guided(ReductionGuide)
        case taskOrder(ids: [Int])
    }

    init(policy: SchedulePolicy, log: ScheduleLog?, recorder: AccessTracker? = nil) {
        strategy = Self.strategy(for: policy)
        self.log = log
        self.recorder = recorder
    }

    init(guide: ReductionGuide, log: ScheduleLog?) {
        strategy = .guided(guide)
        self.log = log
        recorder = nil
    }

    private static func strategy(for policy: SchedulePolicy) -> Strategy {
        switch policy {
        case .fifo: return .fifo
        case .shuffle(let seed): return .shuffle(SeededGenerator(seed: seed))
        case .pct(let seed, let depth, let steps): return .pct(PCTPriorities(seed: seed, depth: depth, steps: steps))
        case .replay(let schedule, let then): return .replay(schedule, next: 0, then: then)
        case .taskOrder(let ids): return .taskOrder(ids: ids)
        }
    }

    /// The index in `ready` (queue order, not empty) of the task to run now.
    func choose(among ready: Deque<TaskObject>) -> Int {
        let index = chooseIndex(among: ready)
        recorder?.begin(task: ready[index].id, ready: ready.map(\.id))
        return index
    }

    private func chooseIndex(among ready: Deque<TaskObject>) -> Int {
        steps += 1
        if case .pct(let priorities) = strategy { priorities.stepBegins(steps, ready: ready) }
        if case .guided(let guide) = strategy {
            let index = guide.choose(among: ready)
            log?.picked(ready[index].id)
            if ready.count > 1 {
                log?.chose(ScheduleChoice(step: steps, ready: ready.map(TaskEventStream.reference), picked: index))
                choiceCount += 1
            }
            return index
        }
        if case .taskOrder(let ids) = strategy, steps <= ids.count, let index = ready.firstIndex(where: { $0.id == ids[steps - 1] }) {
            log?.picked(ready[index].id)
            if ready.count > 1 { log?.chose(ScheduleChoice(step: steps, ready: ready.map(TaskEventStream.reference), picked: index)) }
            return index
        }
        guard ready.count > 1 else {
            log?.picked(ready[0].id)
            return 0
        }
        let index = pick(among: ready)
        if let log {
            log.picked(ready[index].id)
            log.chose(ScheduleChoice(step: steps, ready: ready.map(TaskEventStream.reference), picked: index))
        }
        choiceCount += 1
        return index
    }

    private func pick(among ready: Deque<TaskObject>) -> Int {
        switch strategy {
        case .fifo:
            return 0
        case .shuffle(var generator):
            let index = Int(generator.next() % UInt64(ready.count))
            strategy = .shuffle(generator)
            return index
        case .pct(let priorities):
            return priorities.pick(in: ready)
        case .guided(let guide):
            return guide.choose(among: ready)
        case .taskOrder:
            return 0
        case .replay(let schedule, let next, let then):
            let choices = schedule.choices
            var sameTasks = true
            if next < choices.count, choices[next] < ready.count, !schedule.checks.isEmpty {
                sameTasks = ScheduleChoice.check(names: ready.map(\.name), picked: choices[next]) == schedule.checks[next]
            }
            if next < choices.count, choices[next] < ready.count, sameTasks {
                strategy = .replay(schedule, next: next + 1, then: then)
                return choices[next]
            }
            if next < choices.count {
                var divergence = ScheduleDivergence(
                    choice: choiceCount, step: steps, wanted: choices[next], ready: ready.map(TaskEventStream.reference))
                divergence.otherTasks = !sameTasks
                log?.diverged(divergence)
            }
            strategy = Self.strategy(for: then.policy)
            return pick(among: ready)
        }
    }

    /// Which of several tasks waiting on a lock, semaphore, queue or event is
    /// woken first (index in waiting order): a choice like any other for random
    /// orders, PCT (the highest priority) and replays, and a branch of a
    /// reduced exhaustive search; FIFO's first otherwise. When all of them
    /// are woken at once (`wakingAll`), the order only sets their places in
    /// the ready queue, which the choice of the next task covers: exhaustive
    /// searches keep FIFO's there. Logged as a choice either way, so a
    /// schedule replays it.
    func chooseWaiter(among waiters: [TaskObject], wakingAll: Bool) -> Int {
        let queue = Deque(waiters)
        let index: Int
        switch strategy {
        case .fifo, .taskOrder: index = 0
        case .guided(let guide): index = wakingAll ? 0 : guide.chooseWaiter(count: waiters.count)
        case .pct(let priorities): index = priorities.highest(in: queue)
        case .shuffle, .replay: index = pick(among: queue)
        }
        log?.chose(
            ScheduleChoice(
                step: steps, ready: waiters.map(TaskEventStream.reference), picked: index,
                isWakeOrder: true, wakesAll: wakingAll))
        choiceCount += 1
        return index
    }

    /// When the run ends: a replayed schedule that has choices left did not fit.
    func runEnded() {
        if case .guided(let guide) = strategy { guide.runEnded() }
        recorder?.finish()
        recorder?.labels?.runEnded()
        if case .replay(let schedule, let next, _) = strategy, next < schedule.choices.count {
            log?.diverged(ScheduleDivergence(choice: choiceCount, step: steps, wanted: nil, ready: []))
        }
    }
}

/// PCT's state: a priority per task (random, above every change point's), and
/// the steps at which the task about to run drops below all others.
final class PCTPriorities {
    private var generator: SeededGenerator
    private var priorities: [Int: Double] = [:]
    /// Step → the priority the task picked at that step drops to (1 … depth-1).
    private var changePoints: [Int: Double] = [:]
    private let depth: Int
    /// The task picked last over others, and how many times in a row.
    private var streakTask = -1
    private var streak = 0
    /// Picks in a row over other ready tasks after which a task is taken to
    /// spin (`while !ready { await sleep(0) }`) and drops below all others:
    /// pure priorities would run a spinning task forever.
    static let spinLimit = 64

    init(seed: UInt64, depth: Int, steps: Int) {
        generator = SeededGenerator(seed: seed)
        self.depth = max(1, depth)
        let span = max(1, steps)
        var points: Set<Int> = []
        // depth-1 distinct steps in 1...steps (fewer when there are not that many steps).
        while points.count < min(self.depth - 1, span) {
            points.insert(1 + Int(generator.next() % UInt64(span)))
        }
        for (rank, point) in points.sorted().enumerated() {
            changePoints[point] = Double(self.depth - 1 - rank)
        }
    }

    private func priority(of task: TaskObject) -> Double {
        if let known = priorities[task.id] { return known }
        // A new task takes a random place among the initial priorities, all above the change points'.
        let fresh = Double(depth) + generator.unit()
        priorities[task.id] = fresh
        return fresh
    }

    /// At a change point, the task that would run now is preempted: its priority drops.
    func stepBegins(_ step: Int, ready: Deque<TaskObject>) {
        guard let lowered = changePoints[step], !ready.isEmpty else { return }
        let index = highest(in: ready)
        priorities[ready[index].id] = lowered
    }

    /// The ready task to run: the one of highest priority.
    func pick(in ready: Deque<TaskObject>) -> Int {
        var index = highest(in: ready)
        let id = ready[index].id
        streak = id == streakTask ? streak + 1 : 1
        streakTask = id
        if streak > Self.spinLimit {
            let lowest = priorities.values.min() ?? 0
            priorities[id] = lowest - 1
            streak = 0
            index = highest(in: ready)
        }
        return index
    }

    func highest(in ready: Deque<TaskObject>) -> Int {
        var best = 0
        var bestPriority = -Double.infinity
        for (index, task) in ready.enumerated() {
            let value = priority(of: task)
            if value > bestPriority {
                best = index
                bestPriority = value
            }
        }
        return best
    }
}
