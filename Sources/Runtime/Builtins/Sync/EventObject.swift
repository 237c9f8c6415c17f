/// `Event()`: `await e.wait()`, `e.set()`, `e.clear()`, `e.is_set()`.
final class EventObject: NativeObject {
    let number: Int
    // @exclusivity(unchecked) in this file: see "Exclusivity" in Sources/Runtime/README.md.
    @exclusivity(unchecked) private(set) var isSet = false
    let waiters = WaiterQueue()

    static let nativeType = NativeType(
        "Event", of: EventObject.self,
        constructor: NativeFunction("Event", arity: 0, doc: "Event() — tasks wait until it is set: `await e.wait()`, `e.set()`") { args in .object(EventObject(number: args.vm.primitives.next("Event"))) },
        methods: [
            NativeMethod("wait", doc: "wait() — awaitable: finishes once the event is set (at once if it is)") { event, _ in
                .object(
                    PrimitiveOperation("wait") { task, vm in
                        if event.isSet { return .bool(true) }
                        try event.waiters.wait(task, reason: .primitive(event, operation: "wait"), in: vm.scheduler)
                        return nil
                    })
            },
            NativeMethod("set", doc: "set() — sets it and wakes every waiter") { event, args in
                event.isSet = true
                while let waiter = event.waiters.popNext(in: args.vm.scheduler, wakingAll: true) { args.vm.scheduler.wake(waiter.task, .value(.bool(true))) }
                return .nil
            },
            NativeMethod("clear", doc: "clear() — unsets it, so later waits wait again") { event, _ in
                event.isSet = false
                return .nil
            },
            NativeMethod("is_set", doc: "is_set() — whether it is set") { event, _ in .bool(event.isSet) },
        ],
        display: { "<Event \($0.isSet ? "set" : "unset")>" })

    init(number: Int) {
        self.number = number
        super.init(type: Self.nativeType)
    }

    var label: String { "Event#\(number)" }
}
