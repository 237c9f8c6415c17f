import AsyncLang

/// Every schedule of a program, one run per class of schedules that differ only
/// in the order of independent steps: source-set DPOR with sleep sets (Abdulla,
/// Aronis, Jonsson and Sagonas, POPL 2014). Each run is made from scratch,
/// following a prefix of earlier choices. After a run, every race (two
/// conflicting steps nothing else orders) adds, at the state before its first
/// step, a task that can reverse it; tasks whose schedules from a state are
/// covered sleep there until a conflicting step wakes them. Each run's class
/// stands for as many schedules as it has orders (`ScheduleCounter`).
///
/// A step that wakes one of several waiters (a lock, a semaphore, a queue)
/// branches on which: every pick is tried, the last wake of the deepest step
/// first, before another task is tried at that step.
struct ReducedSearch {
    /// One state of the run being extended: the step taken there and what is left to try.
    private struct Node {
        let ready: [Int]
        var chosen: Int
        var event: StepEvent
        /// The waiters the step woke, tried in every order of picks.
        var wakes: [WakeChoice] { event.wakes }
        let namesBefore: Int32
        /// Tasks asleep on arrival, and those whose schedules from here are done.
        let sleeping: [SleepingTask]
        var done: [SleepingTask] = []
        var backtrack: Set<Int>
    }

    let file: SourceFile
    let configuration: Configuration
    let limit: Int
    let runner: ScheduleRunner
    private var nodes: [Node] = []
    /// Steps in one run beyond which the search does not look for races.
    static let mostSteps = 4_000
    /// The classes explored so far: a run whose class was seen is not counted twice.
    private var classesSeen: Set<[[Int]]> = []

    init(file: SourceFile, configuration: Configuration, limit: Int, runner: ScheduleRunner) {
        self.file = file
        self.configuration = configuration
        self.limit = limit
        self.runner = runner
    }

    mutating func explore(into exploration: inout Exploration) {
        var prefix: [Int] = []
        var prefixWakes: [[Int]] = []
        var sleeping: [SleepingTask] = []
        while true {
            guard exploration.runs < limit else {
                exploration.isComplete = false
                return
            }
            let guide = ReductionGuide(prefix: prefix, wakes: prefixWakes, sleeping: sleeping)
            var settings = configuration
            settings.reduction = guide
            let run = runner.run(file, policy: .fifo, configuration: settings)
            if let strayed = guide.strayedAt {
                exploration.nondeterministicAt = strayed
                exploration.isComplete = false
                return
            }
            let events = guide.tracker.events
            guard events.count <= Self.mostSteps else {
                // Races among this many steps cost too much to find (a script
                // that spins until --max-steps): the run counts, the search stops.
                exploration.add(run, weight: nil)
                exploration.isComplete = false
                exploration.tooManySteps = events.count
                return
            }
            record(guide, kept: prefix.count)
            let end = guide.blockedAt ?? events.count
            let order = HappensBefore(Array(events[..<end]))
            addBacktracking(for: order)
            if guide.blockedAt == nil, classesSeen.insert(order.classFingerprint).inserted {
                exploration.add(run, weight: ScheduleCounter.count(order))
            } else {
                exploration.addCoveredRun()
            }
            guard let next = nextPrefix() else {
                exploration.isComplete = true
                return
            }
            (prefix, prefixWakes, sleeping) = next
        }
    }

    /// Updates the step at the end of the prefix and appends the run's new states.
    private mutating func record(_ guide: ReductionGuide, kept: Int) {
        let tracker = guide.tracker
        let events = tracker.events
        if kept > 0 {
            nodes[kept - 1].event = events[kept - 1]
        }
        let end = guide.blockedAt ?? events.count
        guard end > kept else { return }
        for position in kept..<end {
            let event = events[position]
            nodes.append(
                Node(
                    ready: event.ready, chosen: event.task, event: event, namesBefore: tracker.namesBefore[position],
                    sleeping: guide.sleepSets[position - kept], backtrack: [event.task]))
        }
    }

    /// For each race, a task that reverses it joins the backtrack set of the state before its first step.
    private mutating func addBacktracking(for order: HappensBefore) {
        for (a, b) in order.races() where a < nodes.count {
            let initials = order.initials(reversing: a, b)
            if !nodes[a].backtrack.isDisjoint(with: initials) { continue }
            let ready = nodes[a].ready
            let racer = order.events[b].task
            let asleep = Set(nodes[a].sleeping.map(\.task))
            if initials.allSatisfy(asleep.contains) {
                // A task asleep here would take another step than the one that
                // raced (a lock taken where it found it held): the reversal may
                // need another task to go first, so every ready task is tried.
                nodes[a].backtrack.formUnion(ready)
            } else if initials.contains(racer), ready.contains(racer) {
                nodes[a].backtrack.insert(racer)
            } else if let first = initials.first(where: ready.contains) {
                nodes[a].backtrack.insert(first)
            } else {
                // The model of what enables a task missed something: try every ready task.
                nodes[a].backtrack.formUnion(ready)
            }
        }
    }

    /// The deepest state with a pick left to try (a waiter its step wakes, or
    /// a task): the prefix up to it, the picks of the waiters each step wakes,
    /// and the tasks asleep there.
    private mutating func nextPrefix() -> ([Int], [[Int]], [SleepingTask])? {
        while var node = nodes.popLast() {
            if let wakes = Self.nextWakes(after: node.wakes) {
                nodes.append(node)
                return (nodes.map(\.chosen), nodes.dropLast().map { $0.wakes.map(\.picked) } + [wakes], node.sleeping + node.done)
            }
            if !node.done.contains(where: { $0.task == node.chosen }) {
                node.done.append(SleepingTask(task: node.chosen, event: node.event, namesBefore: node.namesBefore))
            }
            let excluded = Set(node.done.map(\.task)).union(node.sleeping.map(\.task))
            // Fewest deviations first: the candidate earliest in the ready queue.
            if let next = node.ready.first(where: { node.backtrack.contains($0) && !excluded.contains($0) }) {
                node.chosen = next
                nodes.append(node)
                return (nodes.map(\.chosen), nodes.dropLast().map { $0.wakes.map(\.picked) } + [[]], node.sleeping + node.done)
            }
        }
        return nil
    }

    /// The next picks of a step's wakes in lexicographic order (the last one
    /// that can move moves on; the wakes after it start again at FIFO's), or
    /// nil when every order was tried.
    private static func nextWakes(after wakes: [WakeChoice]) -> [Int]? {
        guard let last = wakes.lastIndex(where: { $0.picked + 1 < $0.count }) else { return nil }
        return wakes[..<last].map(\.picked) + [wakes[last].picked + 1]
    }
}
