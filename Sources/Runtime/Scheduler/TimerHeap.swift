import HeapModule

/// Timers ordered by (deadline, arming sequence), so timers due at the same
/// instant fire in the order they were armed. A disarmed timer stays in the
/// heap and is skipped when it surfaces; when such dead entries outnumber the
/// live ones the heap is rebuilt, so spawning and cancelling sleepers forever
/// does not grow it.
struct TimerHeap {
    private var heap = Heap<Entry>()
    private var sequence: UInt64 = 0
    private var disarmedInHeap = 0

    struct Entry: Comparable {
        let deadline: Int64
        let sequence: UInt64
        let timer: Timer

        static func < (a: Entry, b: Entry) -> Bool {
            (a.deadline, a.sequence) < (b.deadline, b.sequence)
        }

        static func == (a: Entry, b: Entry) -> Bool {
            a.deadline == b.deadline && a.sequence == b.sequence
        }
    }

    /// Arms a timer that runs `action` at `deadline` (nanoseconds on the interpreter's clock).
    mutating func arm(at deadline: Int64, _ action: Timer.Action) -> Timer {
        let timer = Timer(action)
        sequence += 1
        heap.insert(Entry(deadline: deadline, sequence: sequence, timer: timer))
        return timer
    }

    /// Keeps `timer` from firing.
    mutating func disarm(_ timer: Timer) {
        guard !timer.isDisarmed else { return }
        timer.disarm()
        guard !timer.leftHeap else { return }
        disarmedInHeap += 1
        if disarmedInHeap > 1024 && disarmedInHeap * 2 > heap.count {
            heap = Heap(heap.unordered.filter { !$0.timer.isDisarmed })
            disarmedInHeap = 0
        }
    }

    /// The earliest deadline of a timer still armed.
    mutating func nextDeadline() -> Int64? {
        while let first = heap.min, first.timer.isDisarmed {
            _ = heap.removeMin()
            disarmedInHeap -= 1
        }
        return heap.min?.deadline
    }

    /// Removes and returns every armed timer due at or before `now`, in firing order.
    mutating func takeDue(now: Int64) -> [Timer] {
        var due: [Timer] = []
        while let first = heap.min, first.deadline <= now {
            _ = heap.removeMin()
            if first.timer.isDisarmed { disarmedInHeap -= 1 } else { due.append(first.timer) }
            // A due timer is out of the heap: disarming it later must not count it as dead here.
            first.timer.leftHeap = true
        }
        return due
    }

    var isEmpty: Bool { heap.isEmpty }
}

/// One armed timer; `TimerHeap.disarm` keeps it from firing.
final class Timer {
    /// What firing does. Waking a sleeping task, the commonest, needs no closure.
    enum Action {
        case wake(TaskObject, Scheduler)
        case run(() -> Void)
    }

    private var action: Action?

    init(_ action: Action) {
        self.action = action
    }

    private(set) var isDisarmed = false
    /// Taken out of the heap to fire.
    fileprivate var leftHeap = false

    /// Use `TimerHeap.disarm`, which keeps count.
    fileprivate func disarm() {
        action = nil
        isDisarmed = true
    }

    /// Runs the action; a fired timer cannot be disarmed any more.
    func fire() {
        let action = self.action
        self.action = nil
        isDisarmed = true
        switch action {
        case .wake(let task, let scheduler): scheduler.wake(task, .value(.nil))
        case .run(let run): run()
        case nil: break
        }
    }
}
