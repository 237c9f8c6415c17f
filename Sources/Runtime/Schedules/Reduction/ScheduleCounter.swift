/// How many schedules give the same run up to swapping independent steps: the
/// orders of its steps that keep happens-before (its linear extensions). Each
/// task's steps form a chain, so a set of steps already taken is one count per
/// task, and the orders are counted level by level over those vectors.
enum ScheduleCounter {
    /// nil when the count passes `Int.max` or needs more than `maxStates` states.
    static func count(_ order: HappensBefore, maxStates: Int = 2_000_000) -> Int? {
        let events = order.events
        guard !events.isEmpty else { return 1 }
        var taskIndex: [Int: Int] = [:]
        var chains: [[Int]] = []
        for (j, event) in events.enumerated() {
            if let t = taskIndex[event.task] {
                chains[t].append(j)
            } else {
                taskIndex[event.task] = chains.count
                chains.append([j])
            }
        }
        // For each step: how many steps of each task must come before it.
        var positionInChain = Array(repeating: 0, count: events.count)
        var chainOf = Array(repeating: 0, count: events.count)
        for (t, chain) in chains.enumerated() {
            for (i, j) in chain.enumerated() {
                positionInChain[j] = i
                chainOf[j] = t
            }
        }
        var needs: [[Int]] = []
        for j in events.indices {
            var need = Array(repeating: 0, count: chains.count)
            for k in 0..<j where order.happensBefore(k, j) {
                need[chainOf[k]] = max(need[chainOf[k]], positionInChain[k] + 1)
            }
            needs.append(need)
        }
        var level: [[Int]: Int] = [Array(repeating: 0, count: chains.count): 1]
        var states = 1
        for _ in events.indices {
            var next: [[Int]: Int] = [:]
            for (taken, ways) in level {
                for t in chains.indices where taken[t] < chains[t].count {
                    let step = chains[t][taken[t]]
                    guard needs[step].indices.allSatisfy({ taken[$0] >= needs[step][$0] }) else { continue }
                    var after = taken
                    after[t] += 1
                    let (sum, overflow) = next[after, default: 0].addingReportingOverflow(ways)
                    if overflow { return nil }
                    next[after] = sum
                }
            }
            states += next.count
            if states > maxStates { return nil }
            level = next
        }
        return level.values.first
    }
}
