/// `Event()`: `await e.wait()`, `e.set()`, `e.clear()`, `e.is_set()`.
final class EventObject: NativeObject {
    let number: Int
    // @exclusivity(unchecked) in this file: see "Exclusivity" in Sources/Runtime/README.md.
    @exclusivity(unchecked) private(set) var isSet = false
    let waiters = WaiterQueue()

    init(type: NativeType, number: Int) {
        self.number = number
        super.init(type: type)
    }

    var label: String { "Event#\(number)" }
    override var display: String { "<Event \(isSet ? "set" : "unset")>" }

    static func methods() -> [NativeFunction] {
        [
            Runtime.method("wait", 0...0, on: EventObject.self) { event, _ in
                .object(
                    PrimitiveOperation("wait") { task, vm in
                        if event.isSet { return .bool(true) }
                        try event.waiters.wait(task, reason: .primitive(event, operation: "wait"), in: vm.scheduler)
                        return nil
                    })
            },
            Runtime.method("set", 0...0, on: EventObject.self) { event, args in
                event.isSet = true
                while let waiter = event.waiters.popFirst() { args.vm.scheduler.wake(waiter.task, .value(.bool(true))) }
                return .nil
            },
            Runtime.method("clear", 0...0, on: EventObject.self) { event, _ in
                event.isSet = false
                return .nil
            },
            Runtime.method("is_set", 0...0, on: EventObject.self) { event, _ in .bool(event.isSet) },
        ]
    }
}
