/// The happens-before order of one run's steps: a step comes after the
/// earlier step of its task, the step that spawned or woke it, every step of an
/// earlier virtual instant, and every earlier step it conflicts with. Two
/// conflicting steps of different tasks race when nothing else orders them:
/// swapping them may change the outcome.
struct HappensBefore {
    let events: [StepEvent]
    /// For each step, the earlier steps that happen before it (one bit each).
    private(set) var before: [BitSet] = []
    /// Earlier steps it conflicts with, and its other direct predecessors.
    private var conflicting: [[Int]] = []
    private var structural: [[Int]] = []
    /// Index of the first step of each step's instant.
    private var epochStart: [Int] = []

    init(_ events: [StepEvent]) {
        self.events = events
        var lastOfTask: [Int: Int] = [:]
        var currentEpochStart = 0
        for (j, event) in events.enumerated() {
            if j > 0, event.epoch != events[j - 1].epoch { currentEpochStart = j }
            epochStart.append(currentEpochStart)
            var direct: [Int] = []
            if let previous = lastOfTask[event.task] { direct.append(previous) }
            if let cause = event.cause, cause < j { direct.append(cause) }
            lastOfTask[event.task] = j
            var conflicts: [Int] = []
            for k in 0..<j where events[k].task != event.task && events[k].conflicts(with: event) {
                conflicts.append(k)
            }
            var set = BitSet(count: events.count)
            set.insertRange(0..<currentEpochStart)
            for k in direct + conflicts {
                set.formUnion(before[k])
                set.insert(k)
            }
            before.append(set)
            conflicting.append(conflicts)
            structural.append(direct)
        }
    }

    func happensBefore(_ a: Int, _ b: Int) -> Bool { before[b].contains(a) }

    /// What identifies the run's class of equivalent schedules: its steps in
    /// the order that keeps happens-before and takes, at each point, the
    /// available step of the task earliest in the spawn tree.
    var classFingerprint: [[Int]] {
        var taken = BitSet(count: events.count)
        var order: [[Int]] = []
        var left = Set(events.indices)
        while !left.isEmpty {
            var best: Int?
            for j in left where (0..<j).allSatisfy({ !before[j].contains($0) || taken.contains($0) }) {
                if best == nil || events[j].lineage.lexicographicallyPrecedes(events[best!].lineage) { best = j }
            }
            guard let next = best else { break }
            taken.insert(next)
            left.remove(next)
            let wakes = events[next].wakes
            order.append(wakes.isEmpty ? events[next].lineage : events[next].lineage + [-1] + wakes.map(\.picked))
        }
        return order
    }

    /// Pairs (a, b), a earlier, that race: conflicting steps of different tasks
    /// that nothing but their own conflict orders.
    func races() -> [(Int, Int)] {
        var found: [(Int, Int)] = []
        for b in events.indices {
            for a in conflicting[b] where a >= epochStart[b] {
                let orderedOtherwise =
                    structural[b].contains { $0 == a || before[$0].contains(a) }
                    || conflicting[b].contains { $0 != a && (before[$0].contains(a)) }
                if !orderedOtherwise { found.append((a, b)) }
            }
        }
        return found
    }

    /// The tasks that could run first to reverse the race (a, b): among the
    /// steps after `a` that do not happen after it, followed by `b`, those with
    /// no predecessor there (Abdulla et al.'s initials of notdep(a).b).
    func initials(reversing a: Int, _ b: Int) -> [Int] {
        var sequence: [Int] = []
        for c in (a + 1)..<b where !before[c].contains(a) { sequence.append(c) }
        sequence.append(b)
        var seenTasks: Set<Int> = []
        var initials: [Int] = []
        for (position, c) in sequence.enumerated() {
            let task = events[c].task
            guard seenTasks.insert(task).inserted else { continue }
            if !sequence[..<position].contains(where: { before[c].contains($0) }) { initials.append(task) }
        }
        return initials
    }
}

/// A fixed-size set of small integers, one bit each; up to 64 of them in one
/// word without an allocation (one run's steps usually fit).
struct BitSet {
    private var first: UInt64 = 0
    /// The words after the first, when the set holds more than 64.
    private var rest: [UInt64]

    init(count: Int) {
        rest = count > 64 ? Array(repeating: 0, count: (count - 1) / 64) : []
    }

    func contains(_ i: Int) -> Bool {
        i < 64 ? first & (1 << UInt64(i)) != 0 : rest[(i >> 6) - 1] & (1 << UInt64(i & 63)) != 0
    }

    mutating func insert(_ i: Int) {
        if i < 64 {
            first |= 1 << UInt64(i)
        } else {
            rest[(i >> 6) - 1] |= 1 << UInt64(i & 63)
        }
    }

    mutating func insertRange(_ range: Range<Int>) {
        for i in range { insert(i) }
    }

    mutating func formUnion(_ other: BitSet) {
        first |= other.first
        for i in rest.indices { rest[i] |= other.rest[i] }
    }
}
