/// `Semaphore(n)`: `with sem { }`, `sem.value`, `await sem.acquire()`,
/// `sem.release()`. Prints as `<Semaphore 3/5>`: 3 permits free of the 5 it was made with.
final class SemaphoreObject: NativeObject {
    let number: Int
    let permits: Int
    // @exclusivity(unchecked) in this file: see "Exclusivity" in Sources/Runtime/README.md.
    @exclusivity(unchecked) private(set) var value: Int
    let waiters = WaiterQueue()

    init(type: NativeType, number: Int, permits: Int) {
        self.number = number
        self.permits = permits
        self.value = permits
        super.init(type: type)
    }

    override var display: String { "<Semaphore \(value)/\(permits)>" }
    var label: String { "Semaphore#\(number)" }

    override var fieldNames: [String] { ["value"] }

    override func field(_ name: String) -> Value? {
        name == "value" ? .int(value) : nil
    }

    static func methods() -> [NativeFunction] {
        [
            Runtime.method("acquire", 0...0, on: SemaphoreObject.self) { semaphore, _ in .object(semaphore.acquire()) },
            Runtime.method("release", 0...0, on: SemaphoreObject.self) { semaphore, args in
                try semaphore.release(args.vm.scheduler)
                return .nil
            },
            Runtime.method("locked", 0...0, on: SemaphoreObject.self) { semaphore, _ in .bool(semaphore.value == 0) },
            Runtime.method("enter", 0...0, on: SemaphoreObject.self) { semaphore, _ in .object(semaphore.acquire()) },
            Runtime.method("exit", 1...1, on: SemaphoreObject.self) { semaphore, args in
                try semaphore.release(args.vm.scheduler)
                return .nil
            },
        ]
    }

    /// Takes a permit at once when one is free and nobody waits; else waits in line.
    private func acquire() -> PrimitiveOperation {
        PrimitiveOperation("acquire") { [self] task, vm in
            if value > 0 && waiters.isEmpty {
                value -= 1
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
        if let waiter = waiters.popFirst() {
            scheduler.wake(
                waiter.task, .value(.nil), handoff: .undo { [unowned self] in try? self.release(scheduler) })
            return
        }
        value += 1
    }
}
