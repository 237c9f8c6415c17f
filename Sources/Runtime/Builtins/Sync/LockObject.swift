/// `Lock()`: `with lock { }`, `await lock.acquire()`, `lock.release()`,
/// `lock.locked()`. It remembers its holder for deadlock reports.
final class LockObject: NativeObject {
    let number: Int
    // @exclusivity(unchecked) in this file: see "Exclusivity" in Sources/Runtime/README.md.
    @exclusivity(unchecked) private(set) weak var holder: TaskObject?
    @exclusivity(unchecked) private(set) var isLocked = false
    let waiters = WaiterQueue()

    static let nativeType = NativeType(
        "Lock", of: LockObject.self,
        constructor: NativeFunction("Lock", arity: 0, doc: "Lock() — one task at a time inside `with lock { … }`") { args in .object(LockObject(number: args.vm.primitives.next("Lock"))) },
        methods: [
            NativeMethod("acquire", doc: "acquire() — awaitable: takes the lock, waiting in line while another task holds it") { lock, _ in .object(lock.acquire()) },
            NativeMethod("release", doc: "release() — passes the lock to the first waiter, or unlocks it") { lock, args in
                try lock.release(args.vm.scheduler)
                return .nil
            },
            NativeMethod("locked", doc: "locked() — whether a task holds it") { lock, _ in .bool(lock.isLocked) },
        ],
        context: NativeContext(
            enter: { lock, _ in .object(lock.acquire()) },
            exit: { lock, _, args in
                try lock.release(args.vm.scheduler)
                return .nil
            }),
        display: { lock in
            lock.isLocked ? "<Lock locked\(lock.holder.map { " by \($0.label)" } ?? "")>" : "<Lock unlocked>"
        })

    init(number: Int) {
        self.number = number
        super.init(type: Self.nativeType)
    }

    var label: String { "Lock#\(number)" }

    private func acquire() -> PrimitiveOperation {
        PrimitiveOperation("acquire") { [self] task, vm in
            if !isLocked && waiters.isEmpty {
                isLocked = true
                holder = task
                return .nil
            }
            try waiters.wait(task, reason: .primitive(self, operation: "acquire"), in: vm.scheduler)
            return nil
        }
    }

    private func release(_ scheduler: Scheduler) throws {
        guard isLocked else { throw ScriptError.value("\(label) is not locked; release() needs a matching acquire()") }
        passOn(scheduler)
    }

    /// Passes the lock straight to the first waiter, or unlocks it. A waiter
    /// cancelled before it runs passes the lock on again.
    private func passOn(_ scheduler: Scheduler) {
        if let waiter = waiters.popNext(in: scheduler) {
            holder = waiter.task
            scheduler.wake(waiter.task, .value(.nil), handoff: .undo { [unowned self] in self.passOn(scheduler) })
        } else {
            isLocked = false
            holder = nil
        }
    }
}
