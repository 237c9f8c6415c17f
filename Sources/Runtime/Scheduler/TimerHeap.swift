import HeapModule

/// Timers ordered by (deadline, arming sequence), so timers due at the same
/// instant fire in the order they were armed. A sleeping task's wake-up is
/// an entry naming the task (no timer object, so a sleeping task costs no
/// extra allocation); other timers carry an action. A disarmed entry stays in
/// the heap and is skipped when it surfaces; when such dead entries outnumber
/// the live ones the heap is rebuilt, so spawning and cancelling sleepers
/// forever does not grow it.
struct TimerHeap {
    private var heap = Heap<Entry>()
    private var sequence: UInt64 = 0
    private var disarmedInHeap = 0

    struct Entry: Comparable {
        let deadline: Int64
        let sequence: UInt64
        let target: Target

        enum Target {
            case timer(Timer)
            /// Wake this sleeping task, unless it moved on since (its sleep generation changed).
            case wake(TaskObject, generation: UInt32)
        }

        var isDead: Bool {
            switch target {
            case .timer(let timer): return timer.isDisarmed
            case .wake(let task, let generation): return task.sleepGeneration != generation
            }
        }

        static func < (a: Entry, b: Entry) -> Bool {
            (a.deadline, a.sequence) < (b.deadline, b.sequence)
        }

        static func == (a: Entry, b: Entry) -> Bool {
            a.deadline == b.deadline && a.sequence == b.sequence
        }
    }

    /// Arms a timer that runs `action` at `deadline` (nanoseconds on the interpreter's clock).
    mutating func arm(at deadline: Int64, _ action: @escaping () -> Void) -> Timer {
        let timer = Timer(action)
        insert(deadline, .timer(timer))
        return timer
    }

    /// Wakes a sleeping task at `deadline`; `disarmWake` takes it back.
    mutating func armWake(_ task: TaskObject, at deadline: Int64) {
        insert(deadline, .wake(task, generation: task.sleepGeneration))
    }

    private mutating func insert(_ deadline: Int64, _ target: Entry.Target) {
        sequence += 1
        heap.insert(Entry(deadline: deadline, sequence: sequence, target: target))
    }

    /// Keeps `timer` from firing.
    mutating func disarm(_ timer: Timer) {
        guard !timer.isDisarmed else { return }
        timer.disarm()
        if !timer.leftHeap { noteDisarmed() }
    }

    /// Keeps a sleeping task's wake-up from firing (it was cancelled).
    mutating func disarmWake(_ task: TaskObject) {
        task.sleepGeneration &+= 1
        noteDisarmed()
    }

    private mutating func noteDisarmed() {
        disarmedInHeap += 1
        if disarmedInHeap > 1024 && disarmedInHeap * 2 > heap.count {
            heap = Heap(heap.unordered.filter { !$0.isDead })
            disarmedInHeap = 0
        }
    }

    /// The earliest deadline of a timer still armed.
    mutating func nextDeadline() -> Int64? {
        while let first = heap.min, first.isDead {
            _ = heap.removeMin()
            disarmedInHeap -= 1
        }
        return heap.min?.deadline
    }

    /// Removes every armed entry due at or before `now`, in firing order.
    mutating func takeDue(now: Int64) -> [Entry.Target] {
        var due: [Entry.Target] = []
        while let first = heap.min, first.deadline <= now {
            _ = heap.removeMin()
            if first.isDead {
                disarmedInHeap -= 1
                continue
            }
            if case .timer(let timer) = first.target { timer.leftHeap = true }
            due.append(first.target)
        }
        return due
    }

    var isEmpty: Bool { heap.isEmpty }
}

/// One armed timer; `TimerHeap.disarm` keeps it from firing.
final class Timer {
    // @exclusivity(unchecked) in this file: see "Exclusivity" in Sources/Runtime/README.md.
    @exclusivity(unchecked) private var action: (() -> Void)?
    @exclusivity(unchecked) private(set) var isDisarmed = false
    /// Taken out of the heap to fire: disarming it then is not a dead entry in the heap.
    @exclusivity(unchecked) fileprivate var leftHeap = false

    init(_ action: @escaping () -> Void) {
        self.action = action
    }

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
        action?()
    }
}
