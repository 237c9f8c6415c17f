import DequeModule

/// Tasks waiting on a primitive, woken in FIFO order, or in the order the
/// run's schedule chooses (`ScheduleChooser.chooseWaiter`). A cancelled
/// waiter removes itself, so no waiter is ever left behind.
final class WaiterQueue {
    final class Waiter {
        let task: TaskObject
        /// The item a waiting `put` carries.
        let item: Value

        init(task: TaskObject, item: Value) {
            self.task = task
            self.item = item
        }
    }

    // @exclusivity(unchecked) in this file: see "Exclusivity" in Sources/Runtime/README.md.
    @exclusivity(unchecked) private var waiters = Deque<Waiter>()

    var isEmpty: Bool { waiters.isEmpty }
    var count: Int { waiters.count }
    var tasks: [TaskObject] { waiters.map(\.task) }

    /// The waiter to wake next: the first, unless the run's schedule picks
    /// another. `wakingAll`: the caller wakes every waiter, one after another.
    func popNext(in scheduler: Scheduler, wakingAll: Bool = false) -> Waiter? {
        guard waiters.count > 1, let chooser = scheduler.chooser else { return waiters.popFirst() }
        return waiters.remove(at: chooser.chooseWaiter(among: waiters.map(\.task), wakingAll: wakingAll))
    }

    /// Suspends `task` at the back of the queue; cancelling it takes it out again.
    func wait(_ task: TaskObject, carrying item: Value = .nil, reason: Wait.Reason, in scheduler: Scheduler) throws {
        let waiter = Waiter(task: task, item: item)
        try scheduler.suspend(task, Wait(reason) { [unowned self] in self.waiters.removeAll { $0 === waiter } })
        waiters.append(waiter)
    }
}

/// Numbers primitives within their kind for reports: `Lock#1`, `Queue#2`.
final class PrimitiveCounter {
    @exclusivity(unchecked) private var counts: [String: Int] = [:]

    func next(_ kind: String) -> Int {
        counts[kind, default: 0] += 1
        return counts[kind]!
    }
}
