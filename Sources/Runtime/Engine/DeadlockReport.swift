/// What a `DeadlockError` says: which kind of deadlock it is, and for every
/// blocked task where it waits and on what.
///
/// - A cycle: tasks wait on each other, through tasks they await and locks
///   they hold. Printed as one chain, `main#1 → Lock#1 (held by worker#2) →
///   worker#2 → Lock#2 (held by main#1)`, then each task's line.
/// - No cycle: what they wait for has no one left to provide it (a queue
///   nobody puts into, an event nobody sets, a semaphore nobody releases).
///
/// The same lines describe tasks still blocked for good when `main` ends.
struct DeadlockReport {
    let message: String
    let lines: [String]

    init(blocked tasks: [TaskObject], entry: TaskObject?, vm: VM) {
        let blocked = tasks.filter { $0.wait != nil }
        let cycle = Self.cycle(among: blocked, startingAt: entry)
        if let cycle {
            message = "all tasks are blocked: they wait on each other in a cycle"
            lines = [Self.chain(cycle)] + blocked.map { Self.line($0, vm: vm) }
        } else {
            message = "all tasks are blocked, and no task is left that could wake them (no cycle: "
                + Self.missing(blocked) + ")"
            lines = blocked.map { Self.line($0, vm: vm) }
        }
    }

    /// `worker#2 waits at queue.aw:3 on Queue#1 (get)`.
    static func line(_ task: TaskObject, vm: VM) -> String {
        let place = vm.waitingPlace(of: task).map { " at \($0)" } ?? ""
        return "\(task.label) waits\(place) on \(vm.waitDescription(of: task) ?? "nothing")"
    }

    /// The tasks `task` waits for: the ones it awaits, or the holder of the lock it wants.
    private static func successors(_ task: TaskObject) -> [TaskObject] {
        if case .primitive(let lock as LockObject, _) = task.wait?.reason { return lock.holder.map { [$0] } ?? [] }
        return awaited(by: task)
    }

    /// The tasks `task` awaits: one, or a gather's or group's that have not finished.
    static func awaited(by task: TaskObject) -> [TaskObject] {
        switch task.wait?.reason {
        case .task(let awaited): return [awaited]
        case .tasks(let awaited, _): return awaited.filter { !$0.isDone }
        default: return []
        }
    }

    /// A cycle of waits, found from the entry first (the task a user waits on), else from any task.
    private static func cycle(among tasks: [TaskObject], startingAt entry: TaskObject?) -> [TaskObject]? {
        let starts = (entry.map { [$0] } ?? []) + tasks
        var finished: Set<ObjectIdentifier> = []
        for start in starts where !finished.contains(ObjectIdentifier(start)) {
            var path: [TaskObject] = []
            var onPath: [ObjectIdentifier: Int] = [:]
            // Depth first along the waits, without recursion (a chain may be long).
            var stack: [(task: TaskObject, next: [TaskObject])] = [(start, successors(start).reversed())]
            path.append(start)
            onPath[ObjectIdentifier(start)] = 0
            while !stack.isEmpty {
                guard let next = stack[stack.count - 1].next.popLast() else {
                    let done = stack.removeLast().task
                    finished.insert(ObjectIdentifier(done))
                    onPath[ObjectIdentifier(done)] = nil
                    path.removeLast()
                    continue
                }
                let id = ObjectIdentifier(next)
                if let index = onPath[id] { return rotated(Array(path[index...])) }
                guard !finished.contains(id), next.wait != nil else { continue }
                onPath[id] = path.count
                path.append(next)
                stack.append((next, successors(next).reversed()))
            }
        }
        return nil
    }

    /// The cycle from its oldest task, so the same deadlock reads the same way.
    private static func rotated(_ cycle: [TaskObject]) -> [TaskObject] {
        guard let first = cycle.indices.min(by: { cycle[$0].id < cycle[$1].id }) else { return cycle }
        return Array(cycle[first...] + cycle[..<first])
    }

    /// `main#1 → Lock#1 (held by worker#2) → worker#2 → Lock#2 (held by main#1)`.
    private static func chain(_ cycle: [TaskObject]) -> String {
        var text = ""
        var closed = false
        for task in cycle {
            text += (text.isEmpty ? "" : " → ") + task.label
            closed = false
            if case .primitive(let lock as LockObject, _) = task.wait?.reason {
                text += " → \(lock.label) (held by \(lock.holder?.label ?? "nobody"))"
                closed = true
            }
        }
        // A lock names its holder; a task awaited is named again to close the circle.
        return closed ? text : text + " → " + (cycle.first?.label ?? "")
    }

    /// What nobody will provide: `no task will put into Queue#1`.
    private static func missing(_ tasks: [TaskObject]) -> String {
        var reasons: [String] = []
        for task in tasks {
            guard case .primitive(let object, let operation) = task.wait?.reason else { continue }
            let reason: String
            switch object {
            case let queue as QueueObject:
                switch operation {
                case "get": reason = "no task will put into \(queue.label)"
                case "put": reason = "no task will get from \(queue.label)"
                case "join": reason = "no task will call task_done() on \(queue.label)"
                default: reason = "no task will put into or close \(queue.label)"  // `for await` over it
                }
            case let event as EventObject: reason = "no task will set \(event.label)"
            case let semaphore as SemaphoreObject: reason = "no task will release \(semaphore.label)"
            case let lock as LockObject: reason = "no task will release \(lock.label)"
            default: continue
            }
            if !reasons.contains(reason) { reasons.append(reason) }
        }
        return reasons.isEmpty ? "what they wait for can no longer happen" : reasons.joined(separator: ", ")
    }
}

extension VM {
    /// What a task waits on, as `:tasks` and reports say it; a sleep with the time left.
    func waitDescription(of task: TaskObject) -> String? {
        guard let wait = task.wait else { return nil }
        guard wait === scheduler.sleeping else { return WaitDescription.describe(wait) }
        let left = Double(max(0, task.sleepsUntil - scheduler.now)) / 1e9
        return "sleep, \(TaskEvent.fixed(left)) s left"
    }

    /// Where a suspended task waits: `queue.aw:3` (its innermost script frame).
    func waitingPlace(of task: TaskObject) -> String? {
        var current: Fiber? = task.activeFiber
        while let fiber = current {
            let state = fiber.state.pointee
            for index in stride(from: state.frameCount - 1, through: 0, by: -1) {
                let frame = state.frames[index]
                let file = frame.proto.takeUnretainedValue().file
                if file.path == Self.helperFile { continue }
                let offset = frame.proto._withUnsafeGuaranteedRef { $0.offset(ofInstruction: frame.ip - $0.code - 1) }
                return "\(file.path):\(file.position(of: offset).line)"
            }
            current = fiber.resumer
        }
        return nil
    }
}
