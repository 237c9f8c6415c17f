/// `Semaphore(n)`: `with sem { }`, `sem.value`, `await sem.acquire()`,
/// `sem.release()`. Prints as `<Semaphore 3/5>`: 3 permits free of the 5 it was made with.
final class SemaphoreObject: NativeObject {
    let number: Int
    let permits: Int
    // @exclusivity(unchecked) in this file: see "Exclusivity" in Sources/Runtime/README.md.
    @exclusivity(unchecked) private(set) var value: Int
    let waiters = WaiterQueue()

    static let nativeType = NativeType(
        "Semaphore", of: SemaphoreObject.self,
        constructor: NativeFunction("Semaphore", arity: 0...1, doc: "Semaphore(permits = 1) — at most that many tasks at once inside `with sem { … }`") { args in
            let permits = args.count == 1 ? try args.int(0, "a number of permits") : 1
            if permits < 0 {
                throw ScriptError.value("Semaphore() needs a number of permits that is not negative, got \(permits)")
            }
            let semaphore = SemaphoreObject(number: args.vm.primitives.next("Semaphore"), permits: permits)
            semaphore.reportValue(args.vm.scheduler)
            return .object(semaphore)
        },
        fields: [NativeField("value", doc: "value — the permits free now") { .int($0.value) }],
        methods: [
            NativeMethod("acquire", doc: "acquire() — awaitable: takes a permit, waiting in line while none is free") { semaphore, _ in .object(semaphore.acquire()) },
            NativeMethod("release", doc: "release() — gives a permit back (to the first waiter, if any)") { semaphore, args in
                try semaphore.release(args.vm.scheduler)
                return .nil
            },
            NativeMethod("locked", doc: "locked() — whether no permit is free") { semaphore, _ in .bool(semaphore.value == 0) },
        ],
        context: NativeContext(
            enter: { semaphore, _ in .object(semaphore.acquire()) },
            exit: { semaphore, _, args in
                try semaphore.release(args.vm.scheduler)
                return .nil
            }),
        display: { "<Semaphore \($0.value)/\($0.permits)>" })

    init(number: Int, permits: Int) {
        self.number = number
        self.permits = permits
        self.value = permits
        super.init(type: Self.nativeType)
    }

    var label: String { "Semaphore#\(number)" }

    /// Takes a permit at once when one is free and nobody waits; else waits in line.
    private func acquire() -> PrimitiveOperation {
        PrimitiveOperation("acquire") { [self] task, vm in
            if value > 0 && waiters.isEmpty {
                value -= 1
                reportValue(vm.scheduler)
                return .nil
            }
            try waiters.wait(task, reason: .primitive(self, operation: "acquire"), in: vm.scheduler)
            return nil
        }
    }

    /// Hands the permit to the first waiter, or returns it to the pool. As in
    /// asyncio, releasing more than was acquired adds permits. A waiter
    /// cancelled before it runs hands its permit on again.
    private func release(_ scheduler: Scheduler) throws {
        if let waiter = waiters.popNext(in: scheduler) {
            scheduler.wake(
                waiter.task, .value(.nil), handoff: .undo { [unowned self] in try? self.release(scheduler) })
            return
        }
        value += 1
        reportValue(scheduler)
    }

    /// Tells the task events how many permits are free (for trace counters).
    fileprivate func reportValue(_ scheduler: Scheduler) {
        scheduler.events?.level(of: label, measure: "free permits", value: value, capacity: permits, by: scheduler.current)
    }
}
