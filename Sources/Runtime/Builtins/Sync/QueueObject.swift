import DequeModule

/// `Queue(maxsize = 0)`: `await q.put(x)`, `await q.get()`, `q.put_nowait(x)`,
/// `q.get_nowait()`, `q.size()`, `q.task_done()`, `await q.join()`,
/// `q.close()`; `for await x in q` ends when the queue is closed and drained.
/// A bounded queue makes `put` wait while it is full (back-pressure).
final class QueueObject: NativeObject {
    let number: Int
    let maxSize: Int
    // @exclusivity(unchecked) in this file: see "Exclusivity" in Sources/Runtime/README.md.
    @exclusivity(unchecked) private var items = Deque<Value>()
    @exclusivity(unchecked) private(set) var isClosed = false
    /// Items put and not yet marked done with `task_done()`.
    @exclusivity(unchecked) private var unfinished = 0
    let getters = WaiterQueue()
    let putters = WaiterQueue()
    let joiners = WaiterQueue()

    static let nativeType = NativeType(
        "Queue", of: QueueObject.self,
        constructor: NativeFunction("Queue", arity: 0...1, labels: ["maxsize"], doc: "Queue(maxsize = 0) — a first-in first-out queue between tasks (0: unbounded); `for await x in q` until it is closed") { args in
            let maxSize = try args.int(label: "maxsize") ?? (args.count == 1 ? try args.int(0, "a maximum size") : 0)
            if maxSize < 0 { throw ScriptError.value("Queue() needs a maxsize that is not negative, got \(maxSize)") }
            let queue = QueueObject(number: args.vm.primitives.next("Queue"), maxSize: maxSize)
            queue.reportCount(args.vm.scheduler, evenIfSame: true)  // where its counter starts
            return .object(queue)
        },
        methods: [
            NativeMethod("put", arity: 1, doc: "put(item) — awaitable: adds it, waiting while the queue is full") { queue, args in
                let item = args[0]
                return .object(PrimitiveOperation("put") { task, vm in try queue.put(item, by: task, vm.scheduler) })
            },
            NativeMethod("get", doc: "get() — awaitable: the oldest item, waiting while the queue is empty") { queue, _ in
                .object(PrimitiveOperation("get") { task, vm in try queue.get(by: task, vm.scheduler, endsWhenClosed: false) })
            },
            NativeMethod("put_nowait", arity: 1, doc: "put_nowait(item) — adds it now; a ValueError if the queue is full") { queue, args in
                try queue.checkOpen()
                if queue.isFull { throw ScriptError.value("\(queue.label) is full (maxsize \(queue.maxSize))") }
                queue.deliver(args[0], args.vm.scheduler)
                return .nil
            },
            NativeMethod("get_nowait", doc: "get_nowait() — the oldest item now; a ValueError if the queue is empty") { queue, args in
                guard let item = queue.take(args.vm.scheduler) else {
                    throw ScriptError.value("\(queue.label) is empty")
                }
                return item
            },
            NativeMethod("size", doc: "size() — how many items it holds") { queue, _ in .int(queue.count) },
            NativeMethod("task_done", doc: "task_done() — marks one item taken with get() as processed (for join)") { queue, args in
                guard queue.unfinished > 0 else {
                    throw ScriptError.value("task_done() called more times than items were put in \(queue.label)")
                }
                queue.unfinished -= 1
                if queue.unfinished == 0 {
                    while let joiner = queue.joiners.popNext(in: args.vm.scheduler, wakingAll: true) { args.vm.scheduler.wake(joiner.task, .value(.nil)) }
                }
                return .nil
            },
            NativeMethod("join", doc: "join() — awaitable: finishes when every item put has been marked done") { queue, _ in
                .object(
                    PrimitiveOperation("join") { task, vm in
                        if queue.unfinished == 0 { return .nil }
                        try queue.joiners.wait(task, reason: .primitive(queue, operation: "join"), in: vm.scheduler)
                        return nil
                    })
            },
            NativeMethod("close", doc: "close() — no more puts; `for await` loops end once it is drained") { queue, args in
                queue.close(args.vm.scheduler)
                return .nil
            },
        ],
        awaitingInVM: nil,
        nextInVM: { queue, task, vm in try queue.get(by: task, vm.scheduler, endsWhenClosed: true) },
        display: { queue in
            "<Queue \(queue.count)\(queue.maxSize > 0 ? "/\(queue.maxSize)" : "")\(queue.isClosed ? " closed" : "")>"
        })

    init(number: Int, maxSize: Int) {
        self.number = number
        self.maxSize = maxSize
        super.init(type: Self.nativeType)
    }

    var label: String { "Queue#\(number)" }
    /// Items handed to woken getters that have not run yet: they still take a
    /// place (as in asyncio, where the item stays queued until the getter runs).
    @exclusivity(unchecked) private var promised = 0
    private var count: Int { items.count + promised }
    private var isFull: Bool { maxSize > 0 && count >= maxSize }
    /// The length last told to the task events (for trace counters).
    @exclusivity(unchecked) private var reportedCount = 0

    fileprivate func reportCount(_ scheduler: Scheduler, evenIfSame: Bool = false) {
        guard let events = scheduler.events, count != reportedCount || evenIfSame else { return }
        reportedCount = count
        events.level(of: label, measure: "length", value: count, capacity: maxSize > 0 ? maxSize : nil, by: scheduler.current)
    }

    private func checkOpen() throws {
        if isClosed { throw ScriptError.value("\(label) is closed; nothing more can be put in it") }
    }

    private func put(_ item: Value, by task: TaskObject, _ scheduler: Scheduler) throws -> Value? {
        try checkOpen()
        if !isFull && putters.isEmpty {
            deliver(item, scheduler)
            return .nil
        }
        try putters.wait(task, carrying: item, reason: .primitive(self, operation: "put"), in: scheduler)
        return nil
    }

    /// Gives an item to the first waiting getter, or stores it.
    private func deliver(_ item: Value, _ scheduler: Scheduler) {
        unfinished += 1
        handOut(item, scheduler, atFront: false)
    }

    /// The item goes to the first waiting getter (which, if cancelled before it
    /// runs, hands it back to the front), or into the queue.
    private func handOut(_ item: Value, _ scheduler: Scheduler, atFront: Bool) {
        if let getter = getters.popNext(in: scheduler) {
            promised += 1
            scheduler.wake(
                getter.task, .value(item),
                handoff: .undo(
                    { [unowned self] in
                        promised -= 1
                        handOut(item, scheduler, atFront: true)
                    },
                    whenTaken: { [unowned self] in
                        promised -= 1
                        admitPutter(scheduler)
                        reportCount(scheduler)
                    }))
        } else if atFront {
            items.prepend(item)
        } else {
            items.append(item)
        }
        reportCount(scheduler)
    }

    /// A place came free: the first waiting putter's item takes it (its put has
    /// then happened, even if it is cancelled before it runs).
    private func admitPutter(_ scheduler: Scheduler) {
        guard !isFull, let putter = putters.popNext(in: scheduler) else { return }
        deliver(putter.item, scheduler)
        scheduler.wake(putter.task, .value(.nil), handoff: .committed)
    }

    /// The next item, if there is one; a waiting putter's item takes the freed place
    /// (its put has then happened, even if it is cancelled before it runs).
    private func take(_ scheduler: Scheduler) -> Value? {
        guard let item = items.popFirst() else { return nil }
        if let putter = putters.popNext(in: scheduler) {
            items.append(putter.item)
            unfinished += 1
            scheduler.wake(putter.task, .value(.nil), handoff: .committed)
        }
        reportCount(scheduler)
        return item
    }

    private func get(by task: TaskObject, _ scheduler: Scheduler, endsWhenClosed: Bool) throws -> Value? {
        if let item = take(scheduler) { return item }
        if isClosed {
            if endsWhenClosed { return .undefined }
            throw ScriptError.value("\(label) is closed and empty")
        }
        let operation = endsWhenClosed ? "next item" : "get"
        try getters.wait(task, carrying: .bool(endsWhenClosed), reason: .primitive(self, operation: operation), in: scheduler)
        return nil
    }

    /// No more puts; waiting getters of an empty queue end (a `for await`) or fail (a `get()`).
    private func close(_ scheduler: Scheduler) {
        guard !isClosed else { return }
        isClosed = true
        while let getter = getters.popNext(in: scheduler, wakingAll: true) {
            if case .bool(true) = getter.item {
                scheduler.wake(getter.task, .value(.undefined))
            } else {
                scheduler.wake(getter.task, .error(ErrorObject(kind: ErrorKind.valueError, message: "\(label) is closed and empty")))
            }
        }
        while let putter = putters.popNext(in: scheduler, wakingAll: true) {
            scheduler.wake(putter.task, .error(ErrorObject(kind: ErrorKind.valueError, message: "\(label) was closed while waiting to put")))
        }
    }
}
