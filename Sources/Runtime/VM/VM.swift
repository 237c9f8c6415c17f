import AsyncLang

/// The bytecode interpreter: one loop that runs fibers. Calls push frames on
/// the running fiber instead of recursing in Swift; a generator's `yield`
/// switches fibers inside the same loop. Only a native function that calls
/// back into script code (a `sorted` key, a `map` callback) runs a nested loop.
final class VM {
    let globals: GlobalTable
    let names: NameTable
    let methods: MethodTables
    let limits: Limits
    let output: OutputSink
    let warnings: WarningSink
    let clock: Clock
    // @exclusivity(unchecked) in this file: see "Exclusivity" in Sources/Runtime/README.md.
    @exclusivity(unchecked) var random: SeededGenerator
    /// The interned id of `append`, whose list method the loop runs inline.
    let appendNameID: Int
    /// Ctrl-C and step limits, checked on backward jumps and calls.
    let interrupts: Interrupts
    /// The task Ctrl-C cancels: the main task of a script, the REPL's running entry.
    @exclusivity(unchecked) weak var interruptTarget: TaskObject?
    /// Backward jumps and calls taken so far (counted at each checkpoint).
    @exclusivity(unchecked) var stepsTaken = 0
    /// Whether the running task's step goes on too long (see `SlowStepWatch`).
    @exclusivity(unchecked) var slowStep: SlowStepWatch
    /// Script calls left until the next checkpoint.
    @exclusivity(unchecked) var callCountdown = Interrupts.interval
    /// How many native functions are running callbacks into script code right now.
    @exclusivity(unchecked) var nestedRuns = 0
    /// How far down its thread's native stack a nested run may start.
    @exclusivity(unchecked) var nativeStack = NativeStackGuard()

    enum Exit {
        /// The frame the run started with returned this.
        case returned(Value)
        /// A generator resumed by a native function yielded this.
        case yielded(Value)
        /// The running task awaits something that is not ready; `Scheduler.current.activeFiber` resumes later.
        case suspended
    }

    /// Where awaits suspend and spawns go.
    let scheduler: Scheduler
    /// The actor this VM runs on (every VM step happens on its executor).
    // unowned(unsafe): the event loop owns this VM and outlives every call into it.
    @exclusivity(unchecked) unowned(unsafe) var eventLoop: EventLoop!
    /// Numbers the primitives of this interpreter within their kind: `Lock#1`, `Queue#2`.
    let primitives = PrimitiveCounter()
    /// The virtual clock's network, and what carries real HTTP.
    let network: SimulatedNetwork
    let httpTransport: (any HTTPTransport)?
    /// What opens databases (`db.open`).
    let databaseDriver: (any DatabaseDriver)?
    /// Real servers listening now, closed when the script or session ends.
    @exclusivity(unchecked) var openServers: [ServerObject] = []
    /// The modules registered, for `help()`.
    // unowned(unsafe): the event loop owns the registry and this VM, and outlives every call into it.
    @exclusivity(unchecked) unowned(unsafe) var registry: ModuleRegistry!
    /// The names of standard modules the host left out, with their module, for `NameError`.
    var disabledNames: [String: String] = [:]
    /// `async fn <awaiter>(x) { return await x }`: the body of a task spawned from a native awaitable.
    @exclusivity(unchecked) var awaiterFunction: Unmanaged<FunctionProto>!
    /// `async fn <caller>(f, args, settle) { return await settle(f(...args)) }`: the body of a task a host's `call` makes.
    @exclusivity(unchecked) var callerFunction: Unmanaged<FunctionProto>!
    /// The file name of the runtime's own helpers, whose frames traces leave out.
    static let helperFile = "<runtime>"
    /// Set by `awaitTop` when the running task suspended; the loop then returns `.suspended`.
    @exclusivity(unchecked) var suspending = false

    init(
        globals: GlobalTable, names: NameTable, limits: Limits, output: OutputSink, warnings: WarningSink,
        scheduler: Scheduler, random: SeededGenerator, interrupts: Interrupts, network: SimulatedNetwork,
        httpTransport: (any HTTPTransport)?, databaseDriver: (any DatabaseDriver)?, slowTask: SlowTaskWarning?
    ) {
        self.slowStep = SlowStepWatch(slowTask, virtual: scheduler.isVirtual)
        self.network = network
        self.httpTransport = httpTransport
        self.databaseDriver = databaseDriver
        self.interrupts = interrupts
        self.clock = scheduler.clock
        self.scheduler = scheduler
        self.random = random
        self.globals = globals
        self.names = names
        self.appendNameID = names.id(of: "append")
        self.methods = MethodTables(names: names)
        self.limits = limits
        self.output = output
        self.warnings = warnings
    }

    /// Runs `entry` from its top frame until the frame at index `boundary` of
    /// `base` returns (or, for a natively resumed generator, until it yields, or
    /// until the running task suspends). `entry` may be an async generator that
    /// `base` consumes; errors travel through such consumers down to `base`.
    /// With `throwing`, the run starts by throwing that error where `entry` stopped.
    func execute(_ entry: Fiber, boundary: Int, base: Fiber? = nil, throwing: ErrorObject? = nil) throws -> Exit {
        let base = base ?? entry
        var fiber = entry
        fiber.status = .running
        var r = Registers(fiber.state)
        var pendingError: ErrorObject? = throwing
        let globalValues = globals.values
        let tracker = scheduler.accessTracker
        // Backward jumps and calls left until the next look at interrupts and limits.
        var countdown = limits.maxSteps.map { min(Interrupts.interval, max(1, $0 - stepsTaken)) } ?? Interrupts.interval
        var countdownStart = countdown
        // Steps since the last checkpoint count too when the fiber suspends or
        // returns first: a task that loops on `await sleep(0)` reaches `maxSteps`.
        defer { stepsTaken += countdownStart - countdown }
        while true {
            do {
                if let error = pendingError {
                    pendingError = nil
                    r.save()
                    throw ScriptError(error)
                }
                while true {
                    let instruction = r.ip.pointee
                    r.ip += 1
                    if let tracker { track(instruction, r, tracker) }
                    switch instruction.opcode {
                    case .pushNil: r.push(.nil)
                    case .pushTrue: r.push(.bool(true))
                    case .pushFalse: r.push(.bool(false))
                    case .constant: r.push(r.constants[instruction.a])
                    case .smallInt: r.push(.int(instruction.sa))

                    case .loadLocal:
                        // Ints are copied inline; anything else through Value's copy.
                        if case .int(let i) = r.slots[instruction.a] { r.push(.int(i)) } else { r.push(r.slots[instruction.a]) }
                    case .storeLocal:
                        r.sp -= 1
                        r.slots[instruction.a] = r.sp.move()
                    case .loadBoxed:
                        let value = box(r.slots[instruction.a]).value
                        if case .undefined = value { throw usedBeforeDeclaration(r) }
                        r.push(value)
                    case .storeBoxed: box(r.slots[instruction.a]).value = r.pop()
                    case .defineBoxed: r.slots[instruction.a] = .object(Box(r.pop()))
                    case .makeBox: r.slots[instruction.a] = .object(Box(.undefined))
                    case .loadCapture:
                        let value = capture(r.frame, instruction.a).value
                        if case .undefined = value { throw usedBeforeDeclaration(r) }
                        r.push(value)
                    case .storeCapture: capture(r.frame, instruction.a).value = r.pop()
                    case .loadGlobal:
                        let value = globalValues[instruction.a]
                        if case .undefined = value { throw undefinedGlobal(instruction.a, assigning: false) }
                        r.push(value)
                    case .storeGlobal:
                        if case .undefined = globalValues[instruction.a] {
                            throw undefinedGlobal(instruction.a, assigning: true)
                        }
                        globalValues[instruction.a] = r.pop()
                    case .defineGlobal: globalValues[instruction.a] = r.pop()

                    case .pop:
                        r.sp -= 1
                        if case .object = r.sp.pointee { r.sp.deinitialize(count: 1) }
                    case .popStatement:
                        r.sp -= 1
                        if case .object(let object) = r.sp.pointee {
                            if object.kind == .awaitable { warnNeverAwaited(object, frame: r.frame, ip: r.ip) }
                            r.sp.deinitialize(count: 1)
                        }
                    case .dup: r.push(r.sp[-1])
                    case .dup2:
                        let a = r.sp[-2]
                        let b = r.sp[-1]
                        r.push(a)
                        r.push(b)

                    case .add:
                        if case .int(let x) = r.sp[-2], case .int(let y) = r.sp[-1] {
                            let (sum, overflow) = x.addingReportingOverflow(y)
                            if overflow { throw ScriptError.overflow("integer overflow in \(x) + \(y)") }
                            r.sp -= 1
                            (r.sp - 1).initialize(to: .int(sum))
                        } else {
                            try binary(&r, Arithmetic.add)
                        }
                    case .subtract:
                        if case .int(let x) = r.sp[-2], case .int(let y) = r.sp[-1] {
                            let (difference, overflow) = x.subtractingReportingOverflow(y)
                            if overflow { throw ScriptError.overflow("integer overflow in \(x) - \(y)") }
                            r.sp -= 1
                            (r.sp - 1).initialize(to: .int(difference))
                        } else {
                            try binary(&r, Arithmetic.subtract)
                        }
                    case .multiply:
                        if case .int(let x) = r.sp[-2], case .int(let y) = r.sp[-1] {
                            let (product, overflow) = x.multipliedReportingOverflow(by: y)
                            if overflow { throw ScriptError.overflow("integer overflow in \(x) * \(y)") }
                            r.sp -= 1
                            (r.sp - 1).initialize(to: .int(product))
                        } else {
                            try binary(&r, Arithmetic.multiply)
                        }
                    case .divide: try binary(&r, Arithmetic.divide)
                    case .floorDivide: try binary(&r, Arithmetic.floorDivide)
                    case .modulo:
                        if case .int(let x) = r.sp[-2], case .int(let y) = r.sp[-1], y > 0 {
                            let remainder = x % y
                            r.sp -= 1
                            (r.sp - 1).initialize(to: .int(remainder < 0 ? remainder + y : remainder))
                        } else {
                            try binary(&r, Arithmetic.modulo)
                        }
                    case .power: try binary(&r, Arithmetic.power)
                    case .less:
                        if case .int(let x) = r.sp[-2], case .int(let y) = r.sp[-1] {
                            r.sp -= 1
                            (r.sp - 1).initialize(to: .bool(x < y))
                        } else {
                            try binary(&r) { .bool(try Comparison.less($0, $1)) }
                        }
                    case .lessEqual: try binary(&r) { .bool(try Comparison.lessOrEqual($0, $1)) }
                    case .greater: try binary(&r) { .bool(try Comparison.less($1, $0)) }
                    case .greaterEqual: try binary(&r) { .bool(try Comparison.lessOrEqual($1, $0)) }
                    case .equal:
                        if case .int(let x) = r.sp[-2], case .int(let y) = r.sp[-1] {
                            r.sp -= 1
                            (r.sp - 1).initialize(to: .bool(x == y))
                        } else {
                            try binary(&r) { .bool(Equality.equal($0, $1)) }
                        }
                    case .notEqual: try binary(&r) { .bool(!Equality.equal($0, $1)) }
                    case .contains: try binary(&r) { .bool(try Membership.contains($1, $0)) }
                    case .notContains: try binary(&r) { .bool(!(try Membership.contains($1, $0))) }
                    case .addSmall:
                        if case .int(let x) = r.sp[-1] {
                            let (sum, overflow) = x.addingReportingOverflow(instruction.sa)
                            if overflow { throw ScriptError.overflow("integer overflow in \(x) + \(instruction.sa)") }
                            (r.sp - 1).initialize(to: .int(sum))
                        } else {
                            let left = r.pop()
                            r.push(try Arithmetic.add(left, .int(instruction.sa)))
                        }
                    case .subtractSmall:
                        if case .int(let x) = r.sp[-1] {
                            let (difference, overflow) = x.subtractingReportingOverflow(instruction.sa)
                            if overflow { throw ScriptError.overflow("integer overflow in \(x) - \(instruction.sa)") }
                            (r.sp - 1).initialize(to: .int(difference))
                        } else {
                            let left = r.pop()
                            r.push(try Arithmetic.subtract(left, .int(instruction.sa)))
                        }
                    case .multiplySmall:
                        let left = r.pop()
                        r.push(try Arithmetic.multiply(left, .int(instruction.sa)))
                    case .moduloSmall:
                        if case .int(let x) = r.sp[-1], instruction.sa > 0 {
                            let m = instruction.sa
                            let remainder = x % m
                            (r.sp - 1).initialize(to: .int(remainder < 0 ? remainder + m : remainder))
                        } else {
                            let left = r.pop()
                            r.push(try Arithmetic.modulo(left, .int(instruction.sa)))
                        }
                    case .incrementLocal:
                        let slot = r.slots + instruction.c
                        if case .int(let x) = slot.pointee {
                            let (sum, overflow) = x.addingReportingOverflow(instruction.sb)
                            if overflow { throw ScriptError.overflow("integer overflow in \(x) + \(instruction.sb)") }
                            slot.initialize(to: .int(sum))
                        } else {
                            slot.pointee = try Arithmetic.add(slot.pointee, .int(instruction.sb))
                        }
                    case .addLocalSmall:
                        if case .int(let x) = r.slots[instruction.c] {
                            let (sum, overflow) = x.addingReportingOverflow(instruction.sb)
                            if overflow { throw ScriptError.overflow("integer overflow in \(x) + \(instruction.sb)") }
                            r.push(.int(sum))
                        } else {
                            r.push(try Arithmetic.add(r.slots[instruction.c], .int(instruction.sb)))
                        }
                    case .incrementGlobal:
                        let slot = globalValues + instruction.c
                        if case .int(let x) = slot.pointee {
                            let (sum, overflow) = x.addingReportingOverflow(instruction.sb)
                            if overflow { throw ScriptError.overflow("integer overflow in \(x) + \(instruction.sb)") }
                            slot.initialize(to: .int(sum))
                        } else {
                            if case .undefined = slot.pointee { throw undefinedGlobal(instruction.c, assigning: true) }
                            slot.pointee = try Arithmetic.add(slot.pointee, .int(instruction.sb))
                        }
                    case .negate:
                        let value = r.pop()
                        r.push(try Arithmetic.negate(value))
                    case .not:
                        let value = r.pop()
                        r.push(.bool(!value.isTruthy))

                    case .jump: r.ip += instruction.sa
                    case .jumpIfFalse:
                        r.sp -= 1
                        if case .bool(let b) = r.sp.pointee {
                            if !b { r.ip += instruction.sa }
                        } else if !r.sp.move().isTruthy {
                            r.ip += instruction.sa
                        }
                    case .jumpIfTrue:
                        if r.pop().isTruthy { r.ip += instruction.sa }
                    case .jumpIfFalseOrPop:
                        if r.sp[-1].isTruthy { _ = r.pop() } else { r.ip += instruction.sa }
                    case .jumpIfTrueOrPop:
                        if r.sp[-1].isTruthy { r.ip += instruction.sa } else { _ = r.pop() }
                    case .loop:
                        countdown -= 1
                        if countdown == 0 {
                            // Before jumping, so an interrupt is reported at the loop.
                            countdown = try checkpoint(stepsSinceLast: countdownStart, proto: r.frame.pointee.proto, ip: r.ip)
                            countdownStart = countdown
                        }
                        r.ip += instruction.sa
                    case .jumpIfNotLess:
                        if case .int(let x) = r.sp[-2], case .int(let y) = r.sp[-1] {
                            r.sp -= 2
                            if !(x < y) { r.ip += instruction.sa }
                        } else if !(try compareAndPop(&r, Comparison.less)) {
                            r.ip += instruction.sa
                        }
                    case .jumpIfNotLessEqual:
                        if case .int(let x) = r.sp[-2], case .int(let y) = r.sp[-1] {
                            r.sp -= 2
                            if !(x <= y) { r.ip += instruction.sa }
                        } else if !(try compareAndPop(&r, Comparison.lessOrEqual)) {
                            r.ip += instruction.sa
                        }
                    case .jumpIfNotGreater:
                        if case .int(let x) = r.sp[-2], case .int(let y) = r.sp[-1] {
                            r.sp -= 2
                            if !(x > y) { r.ip += instruction.sa }
                        } else if !(try compareAndPop(&r) { try Comparison.less($1, $0) }) {
                            r.ip += instruction.sa
                        }
                    case .jumpIfNotGreaterEqual:
                        if case .int(let x) = r.sp[-2], case .int(let y) = r.sp[-1] {
                            r.sp -= 2
                            if !(x >= y) { r.ip += instruction.sa }
                        } else if !(try compareAndPop(&r) { try Comparison.lessOrEqual($1, $0) }) {
                            r.ip += instruction.sa
                        }
                    case .jumpIfNotEqual:
                        if case .int(let x) = r.sp[-2], case .int(let y) = r.sp[-1] {
                            r.sp -= 2
                            if x != y { r.ip += instruction.sa }
                        } else if !(try compareAndPop(&r) { Equality.equal($0, $1) }) {
                            r.ip += instruction.sa
                        }
                    case .jumpIfEqual:
                        if case .int(let x) = r.sp[-2], case .int(let y) = r.sp[-1] {
                            r.sp -= 2
                            if x == y { r.ip += instruction.sa }
                        } else if try compareAndPop(&r, { Equality.equal($0, $1) }) {
                            r.ip += instruction.sa
                        }
                    case .jumpUnlessSmall:
                        let offset = Int(Int32(bitPattern: r.ip.pointee))
                        r.ip += 1
                        let constant = Int(Int16(truncatingIfNeeded: instruction.c))
                        let holds: Bool
                        if case .int(let x) = r.sp[-1] {
                            r.sp -= 1
                            switch instruction.b {
                            case 0: holds = x < constant
                            case 1: holds = x <= constant
                            case 2: holds = x > constant
                            case 3: holds = x >= constant
                            case 4: holds = x == constant
                            default: holds = x != constant
                            }
                        } else {
                            let left = r.pop()
                            holds = try smallComparison(instruction.b, left, constant)
                        }
                        if !holds { r.ip += offset }
                    case .skipIfArgumentGiven:
                        let offset = Int(r.ip.pointee)
                        r.ip += 1
                        if case .undefined = r.slots[instruction.a] {} else { r.ip += offset }

                    case .call:
                        let argc = instruction.a
                        let callee = r.sp - argc - 1
                        if case .function(let function) = callee.pointee,
                            function._withUnsafeGuaranteedRef({ $0.isPlain && $0.arity == argc })
                        {
                            r.save()
                            try pushFrame(fiber, function, closure: nil, base: r.index(of: callee), argc: argc)
                            r.load(fiber.state)
                        } else if case .native(let native) = callee.pointee {
                            r.save()
                            try callNative(fiber, native, hasReceiver: false, calleeIndex: r.index(of: callee), argc: argc, labels: [:])
                            r.load(fiber.state)
                        } else {
                            r.save()
                            try call(fiber, calleeIndex: r.index(of: callee), argc: argc, labels: [:])
                            r.load(fiber.state)
                        }
                    case .callShaped:
                        r.save()
                        try callShaped(fiber, shape: r.frame.pointee.proto._withUnsafeGuaranteedRef { $0.callShapes[instruction.a] })
                        r.load(fiber.state)
                    case .invoke:
                        // `xs.append(v)`, specialised as CPython 3.11 does: no native call at all.
                        if instruction.c == appendNameID && instruction.b == 1, case .object(let o) = r.sp[-2],
                            o.kind == .list
                        {
                            unsafeDowncast(o, to: ListObject.self).items.append(r.pop())
                            (r.sp - 1).pointee = .nil
                            continue
                        }
                        r.save()
                        try invoke(fiber, argc: instruction.b, nameID: instruction.c, labels: [:])
                        r.load(fiber.state)
                    case .invokeShaped:
                        r.save()
                        try callShaped(fiber, shape: r.frame.pointee.proto._withUnsafeGuaranteedRef { $0.callShapes[instruction.a] })
                        r.load(fiber.state)
                    case .callAwait:
                        r.save()
                        try callAwait(fiber, argc: instruction.a)
                        if suspending { return suspend(fiber) }
                        r.load(fiber.state)
                    case .returnValue:
                        let result = r.pop()
                        if let exit = try returnFromFrame(&r, result, &fiber) { return exit }
                    case .returnNil:
                        if let exit = try returnFromFrame(&r, .nil, &fiber) { return exit }
                    case .returnLocal:
                        if let exit = try returnFromFrame(&r, r.slots[instruction.a], &fiber) { return exit }

                    case .buildList:
                        let count = instruction.a
                        var items = ContiguousArray<Value>()
                        items.reserveCapacity(count)
                        let first = r.sp - count
                        for i in 0..<count { items.append((first + i).move()) }
                        r.sp = first
                        r.push(.object(ListObject(items)))
                    case .listAppend:
                        let value = r.pop()
                        list(r.sp[-1]).items.append(value)
                    case .listExtend:
                        let iterable = r.pop()
                        r.save()
                        let items = try collect(iterable, fiber: fiber)
                        r.load(fiber.state)
                        list(r.sp[-1]).items.append(contentsOf: items)
                    case .buildMap:
                        let pairs = instruction.a
                        let first = r.sp - 2 * pairs
                        let map = MapObject()
                        map.entries.reserveCapacity(pairs)
                        for i in 0..<pairs {
                            let key = (first + 2 * i).move()
                            let value = (first + 2 * i + 1).move()
                            guard let mapKey = MapKey(key) else {
                                for j in (2 * i + 2)..<(2 * pairs) { (first + j).deinitialize(count: 1) }
                                r.sp = first
                                throw ScriptError.type("a map key must be a string, int, float, bool or nil, not \(key.typeName)")
                            }
                            map.entries[mapKey] = value
                        }
                        r.sp = first
                        r.push(.object(map))
                    case .buildString:
                        let count = instruction.a
                        let first = r.sp - count
                        let text = Printer.joinedDisplay(first, count: count)
                        for i in 0..<count { (first + i).deinitialize(count: 1) }
                        r.sp = first
                        r.push(.string(text))
                    case .index:
                        let key = r.pop()
                        let container = r.pop()
                        r.push(try Subscript.get(container, key))
                    case .storeIndex:
                        let value = r.pop()
                        let key = r.pop()
                        let container = r.pop()
                        try Subscript.set(container, key, value)
                    case .slice:
                        let high: Value = instruction.a & 2 != 0 ? r.pop() : .nil
                        let low: Value = instruction.a & 1 != 0 ? r.pop() : .nil
                        let container = r.pop()
                        r.push(try Subscript.slice(container, low, high))
                    case .member:
                        try memberInPlace(r.sp - 1, nameID: instruction.a)
                    case .memberLocal:
                        r.push(try member(ofSlot: r.slots + instruction.b, nameID: instruction.c))
                    case .indexLocal:
                        r.push(try item(ofSlot: r.slots + instruction.b, at: instruction.c))
                    case .storeMemberLocal:
                        try setMember(ofSlot: r.slots + instruction.b, nameID: instruction.c, to: r.sp - 1)
                        r.sp -= 1
                        r.sp.deinitialize(count: 1)
                    case .storeMember:
                        try setMember(ofSlot: r.sp - 2, nameID: instruction.a, to: r.sp - 1)
                        r.sp -= 2
                        r.sp.deinitialize(count: 2)
                    case .closure:
                        r.push(makeClosure(r.constants[instruction.a], frame: r.frame, slots: r.slots))

                    case .getIterator:
                        let iterable = r.pop()
                        r.push(try iterator(for: iterable, isAsync: instruction.a == 1))
                    case .forIter:
                        guard case .object(let object) = r.sp[-1] else { throw ScriptError.type("not iterable") }
                        if object.kind == .iterator {
                            if let value = unsafeDowncast(object, to: IteratorObject.self).next() {
                                r.push(value)
                            } else {
                                r.ip += instruction.sa
                            }
                        } else {
                            let generator = unsafeDowncast(object, to: GeneratorObject.self)
                            if generator.isDone {
                                r.ip += instruction.sa
                                continue
                            }
                            r.save()
                            fiber = try resume(generator, from: fiber)
                            r.load(fiber.state)
                        }
                    case .forIterLocal:
                        let offset = Int(Int32(bitPattern: r.ip.pointee))
                        r.ip += 1
                        guard case .object(let object) = r.sp[-1] else { throw ScriptError.type("not iterable") }
                        if object.kind == .iterator {
                            if let value = unsafeDowncast(object, to: IteratorObject.self).next() {
                                r.slots[instruction.a] = value
                            } else {
                                r.ip += offset
                            }
                        } else {
                            let generator = unsafeDowncast(object, to: GeneratorObject.self)
                            if generator.isDone {
                                r.ip += offset
                                continue
                            }
                            r.save()
                            fiber = try resume(generator, from: fiber, intoSlot: instruction.a)
                            r.load(fiber.state)
                        }
                    case .compoundLocal:
                        let slot = r.slots + instruction.c
                        let value = r.pop()
                        if case .int(let x) = slot.pointee, case .int(let y) = value, instruction.b == 0 {
                            let (sum, overflow) = x.addingReportingOverflow(y)
                            if overflow { throw ScriptError.overflow("integer overflow in \(x) + \(y)") }
                            slot.initialize(to: .int(sum))
                        } else {
                            try compound(instruction.b, into: slot, value)
                        }
                    case .compoundGlobal:
                        let slot = globalValues + instruction.c
                        let value = r.pop()
                        if case .int(let x) = slot.pointee, case .int(let y) = value, instruction.b == 0 {
                            let (sum, overflow) = x.addingReportingOverflow(y)
                            if overflow { throw ScriptError.overflow("integer overflow in \(x) + \(y)") }
                            slot.initialize(to: .int(sum))
                        } else {
                            if case .undefined = slot.pointee { throw undefinedGlobal(instruction.c, assigning: true) }
                            try compound(instruction.b, into: slot, value)
                        }
                    case .unpack:
                        let value = r.pop()
                        let items = try unpack(value, count: instruction.a)
                        for item in items { r.push(item) }

                    case .setupTry:
                        fiber.pushHandler(
                            Handler(
                                frameIndex: r.state.pointee.frameCount - 1, height: r.index(of: r.sp),
                                target: r.ip + instruction.sa))
                    case .popTry:
                        r.state.pointee.handlerCount -= 1
                    case .throwError:
                        let value = r.pop()
                        throw try thrownError(value)
                    case .rethrow:
                        let value = r.pop()
                        guard case .object(let object) = value, object.kind == .error else {
                            throw ScriptError.type("rethrow of a non-error")
                        }
                        throw ScriptError(unsafeDowncast(object, to: ErrorObject.self))
                    case .matchError:
                        let kinds = r.frame.pointee.proto._withUnsafeGuaranteedRef { $0.errorKindLists[instruction.a] }
                        r.push(.bool(errorMatches(r.sp[-1], kinds)))

                    case .yield:
                        let value = r.pop()
                        r.push(.nil)  // what the `yield` statement sees when resumed
                        r.save()
                        fiber.status = .suspended
                        guard let resumer = fiber.resumer, !fiber.resumedByNative else { return .yielded(value) }
                        let slot = fiber.consumerSlot
                        fiber.resumer = nil
                        fiber = resumer
                        fiber.status = .running
                        r.load(fiber.state)
                        if slot >= 0 { r.slots[slot] = value } else { r.push(value) }
                    case .await:
                        r.save()
                        try awaitTop(fiber)
                        if suspending { return suspend(fiber) }
                        r.load(fiber.state)
                    case .spawn:
                        r.frame.pointee.ip = r.ip  // where the spawn is, for the task's `spawned` event
                        let value = r.pop()
                        r.push(.object(try spawn(value)))
                    case .cancel:
                        try cancel(r.pop())
                    case .asyncNext:
                        r.save()
                        if let next = try asyncNext(fiber) {
                            fiber = next
                        } else if suspending {
                            return suspend(fiber)
                        }
                        r.load(fiber.state)
                    case .jumpIfUndefined:
                        if case .undefined = r.sp[-1] {
                            r.sp -= 1
                            r.ip += instruction.sa
                        }
                    case .withEnter:
                        r.save()
                        try withEnter(fiber)
                        if suspending { return suspend(fiber) }
                        r.load(fiber.state)
                    case .withExit:
                        r.save()
                        try withExit(fiber, depth: instruction.a)
                        if suspending { return suspend(fiber) }
                        r.load(fiber.state)
                    case .withExitError:
                        r.save()
                        try withExitError(fiber)
                        if suspending { return suspend(fiber) }
                        r.load(fiber.state)
                    }
                }
            } catch {
                // An error from the loop itself leaves the registers current; one from a
                // helper (called after `save`) leaves the fiber's own state authoritative.
                if !r.isSaved { r.save() }
                fiber = try unwind(from: fiber, base: base, boundary: boundary, error: error)
                r.load(fiber.state)
            }
        }
    }

    // MARK: Small helpers of the loop

    /// The running task stops here (its registers are saved); the scheduler resumes `fiber` later.
    private func suspend(_ fiber: Fiber) -> Exit {
        suspending = false
        fiber.status = .suspended
        scheduler.current?.activeFiber = fiber
        return .suspended
    }

    /// Pops the running frame and hands `result` to its caller. Returns how
    /// `execute` ends when this was the frame it started with, else nil.
    @inline(__always) private func returnFromFrame(_ r: inout Registers, _ result: Value, _ fiber: inout Fiber) throws -> Exit? {
        var slot = r.slots
        while slot < r.sp {
            if case .object = slot.pointee { slot.deinitialize(count: 1) }
            slot += 1
        }
        let frame = r.frame.pointee
        r.state.pointee.frameCount -= 1
        r.state.pointee.top = r.index(of: r.slots)
        if frame.isBoundary { return .returned(result) }
        if r.state.pointee.frameCount == 0 {
            guard let next = try finishFiber(fiber, result: result) else { return .returned(result) }
            fiber = next
            r.load(fiber.state)
            return nil
        }
        r.slots.initialize(to: result)
        r.state.pointee.top += 1
        r.load(r.state)
        if frame.onReturn != .none {
            r.save()
            try awaitTop(fiber, onlyAwaitables: frame.onReturn == .awaitIfAwaitable)
            if suspending { return suspend(fiber) }
            r.load(fiber.state)
        }
        return nil
    }

    @inline(__always) private func box(_ value: Value) -> Box {
        guard case .object(let object) = value else { preconditionFailure("a boxed slot holds no box") }
        return unsafeDowncast(object, to: Box.self)
    }

    @inline(__always) private func capture(_ frame: UnsafeMutablePointer<CallFrame>, _ index: Int) -> Box {
        frame.pointee.closure!._withUnsafeGuaranteedRef { $0.captures[index] }
    }

    @inline(__always) private func list(_ value: Value) -> ListObject {
        guard case .object(let object) = value else { preconditionFailure("not a list") }
        return unsafeDowncast(object, to: ListObject.self)
    }

    /// `x op= v` on a variable's slot, when it is not int `+=` int: a string
    /// nothing else holds is appended to in place (`StringAppend`). Kept out of
    /// line, so the dispatch loop stays small.
    @inline(never)
    private func compound(_ code: Int, into slot: UnsafeMutablePointer<Value>, _ value: Value) throws {
        if code == CompoundOperator.add.rawValue, StringAppend.inPlace(slot, value) { return }
        slot.pointee = try compound(code, slot.pointee, value)
    }

    private func compound(_ code: Int, _ left: Value, _ right: Value) throws -> Value {
        switch CompoundOperator(rawValue: code)! {
        case .add: return try Arithmetic.add(left, right)
        case .subtract: return try Arithmetic.subtract(left, right)
        case .multiply: return try Arithmetic.multiply(left, right)
        }
    }

    private func smallComparison(_ code: Int, _ left: Value, _ constant: Int) throws -> Bool {
        let right = Value.int(constant)
        switch SmallComparison(rawValue: code)! {
        case .less: return try Comparison.less(left, right)
        case .lessEqual: return try Comparison.lessOrEqual(left, right)
        case .greater: return try Comparison.less(right, left)
        case .greaterEqual: return try Comparison.lessOrEqual(right, left)
        case .equal: return Equality.equal(left, right)
        case .notEqual: return !Equality.equal(left, right)
        }
    }

    /// Pops two operands and returns `comparison(left, right)`.
    @inline(__always) private func compareAndPop(_ r: inout Registers, _ comparison: (Value, Value) throws -> Bool)
        throws -> Bool
    {
        let right = r.pop()
        let left = r.pop()
        return try comparison(left, right)
    }

    /// Pops two operands and pushes `operation(left, right)`.
    @inline(__always) private func binary(_ r: inout Registers, _ operation: (Value, Value) throws -> Value) throws {
        let right = r.pop()
        let left = r.pop()
        r.push(try operation(left, right))
    }

    /// A hoisted local function read before its `fn` statement ran.
    private func usedBeforeDeclaration(_ r: Registers) -> ScriptError {
        let proto = r.frame.pointee.proto.takeUnretainedValue()
        let offset = proto.offset(ofInstruction: r.ip - proto.code - 1)
        let name = proto.file.identifier(at: offset) ?? "this function"
        return ScriptError(ErrorKind.nameError, "'\(name)' is used before its declaration")
    }

    private func undefinedGlobal(_ index: Int, assigning: Bool) -> ScriptError {
        let name = globals.names[index]
        var message = "name '\(name)' is not defined"
        if let module = disabledNames[name] {
            message += ": it belongs to the module '\(module)', which this interpreter does not enable"
        } else if assigning {
            message += "; declare it first with 'var \(name) = ...'"
        } else if let suggestion = Suggestions.closest(to: name, in: globals.definedNames) {
            message += "; did you mean '\(suggestion)'?"
        }
        return ScriptError(ErrorKind.nameError, message)
    }
}
