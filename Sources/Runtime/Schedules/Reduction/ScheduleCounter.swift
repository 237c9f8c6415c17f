/// How many schedules give the same run up to swapping independent steps: the
/// orders of its steps that keep happens-before (its linear extensions). Each
/// task's steps form a chain, so a set of steps already taken is one count per
/// task, and the orders are counted over those vectors: packed into one
/// integer each and counted in one pass over an array when there are few
/// enough of them, else level by level in dictionaries.
enum ScheduleCounter {
    /// The most packed sets counted in one array (512 KB).
    private static let mostPackedSets = 65_536

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
        // A set of steps taken is one count per chain, packed into one integer
        // (a digit per chain) when it fits, else kept as an array.
        var places: [Int] = []
        var place = 1
        for chain in chains {
            places.append(place)
            let (product, overflow) = place.multipliedReportingOverflow(by: chain.count + 1)
            if overflow { return countByVectors(chains: chains, needs: needs, steps: events.count, maxStates: maxStates) }
            place = product
        }
        // Every set taken is reached only from smaller codes: one pass in order.
        guard place <= min(maxStates, mostPackedSets) else {
            return countByVectors(chains: chains, needs: needs, steps: events.count, maxStates: maxStates)
        }
        var ways = [Int](repeating: 0, count: place)
        ways[0] = 1
        var taken = Array(repeating: 0, count: chains.count)
        for code in 0..<place where ways[code] != 0 {
            var rest = code
            for t in chains.indices {
                taken[t] = rest % (chains[t].count + 1)
                rest /= chains[t].count + 1
            }
            for t in chains.indices where taken[t] < chains[t].count {
                let need = needs[chains[t][taken[t]]]
                guard need.indices.allSatisfy({ taken[$0] >= need[$0] }) else { continue }
                let (sum, overflow) = ways[code + places[t]].addingReportingOverflow(ways[code])
                if overflow { return nil }
                ways[code + places[t]] = sum
            }
        }
        return ways[place - 1]
    }

    /// The same count over sets of steps kept as arrays (too many chains to pack).
    private static func countByVectors(chains: [[Int]], needs: [[Int]], steps: Int, maxStates: Int) -> Int? {
        var level: [[Int]: Int] = [Array(repeating: 0, count: chains.count): 1]
        var states = 1
        for _ in 0..<steps {
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
