/// `Semaphore(n)`, `Lock()`, `Event()`, `Queue(maxsize = 0)`.
enum SyncBuiltins {
    static var all: [NativeFunction] {
        [
            NativeFunction("Semaphore", arity: 0...1) { args in
                let permits = args.count == 1 ? try args.int(0, "a number of permits") : 1
                if permits < 0 { throw ScriptError.value("Semaphore() needs a number of permits that is not negative, got \(permits)") }
                let types = args.vm.nativeTypes!
                return .object(SemaphoreObject(type: types.semaphore, number: types.counter.next("Semaphore"), permits: permits))
            },
            NativeFunction("Lock", arity: 0) { args in
                let types = args.vm.nativeTypes!
                return .object(LockObject(type: types.lock, number: types.counter.next("Lock")))
            },
            NativeFunction("Event", arity: 0) { args in
                let types = args.vm.nativeTypes!
                return .object(EventObject(type: types.event, number: types.counter.next("Event")))
            },
            NativeFunction("Queue", arity: 0...1, labels: ["maxsize"]) { args in
                var maxSize = args.count == 1 ? try args.int(0, "a maximum size") : 0
                if let labelled = args.label("maxsize") {
                    guard case .int(let size) = labelled else {
                        throw ScriptError.type("Queue() expects 'maxsize:' to be an int, got \(labelled.typeName)")
                    }
                    maxSize = size
                }
                if maxSize < 0 { throw ScriptError.value("Queue() needs a maxsize that is not negative, got \(maxSize)") }
                let types = args.vm.nativeTypes!
                return .object(QueueObject(type: types.queue, number: types.counter.next("Queue"), maxSize: maxSize))
            },
        ]
    }
}

/// The native object types of one interpreter, with their method tables.
final class NativeTypes {
    let semaphore: NativeType
    let lock: NativeType
    let event: NativeType
    let queue: NativeType
    let timeout: NativeType
    let group: NativeType
    let asCompleted: NativeType
    let counter = PrimitiveCounter()

    init(names: NameTable) {
        semaphore = NativeType(name: "Semaphore", names: names, methods: SemaphoreObject.methods())
        lock = NativeType(name: "Lock", names: names, methods: LockObject.methods())
        event = NativeType(name: "Event", names: names, methods: EventObject.methods())
        queue = NativeType(name: "Queue", names: names, methods: QueueObject.methods())
        timeout = NativeType(name: "timeout", names: names, methods: TimeoutScope.methods())
        group = NativeType(name: "group", names: names, methods: TaskGroupObject.methods())
        asCompleted = NativeType(name: "as_completed", names: names, methods: [])
    }
}
