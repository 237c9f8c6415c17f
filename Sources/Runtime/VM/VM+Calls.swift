import AsyncLang

/// Calls: script functions push a frame; natives run at once; a call with
/// labels or spreads is first laid out as plain positional arguments.
extension VM {
    /// Pushes a frame for a plain call whose arguments are already in place
    /// (exactly `arity` of them, missing defaults marked undefined).
    @inline(__always)
    func pushFrame(
        _ fiber: Fiber, _ function: Unmanaged<FunctionProto>, closure: Unmanaged<Closure>?, base: Int, argc: Int
    ) throws {
        let state = fiber.state
        callCountdown -= 1
        if callCountdown == 0 {
            // A slow step found here is placed at the function it kept calling.
            let code = function._withUnsafeGuaranteedRef { $0.code }
            callCountdown = try checkpoint(stepsSinceLast: Interrupts.interval, proto: function, ip: code)
        }
        if state.pointee.frameCount + state.pointee.framesBelow >= limits.maxCallDepth {
            throw ScriptError(ErrorKind.recursionError, "maximum call depth (\(limits.maxCallDepth)) exceeded")
        }
        let (slotCount, maxStack, code) = function._withUnsafeGuaranteedRef { ($0.slotCount, $0.maxStack, $0.code) }
        let needed = base + slotCount + maxStack
        if needed > state.pointee.capacity { fiber.reserve(needed - state.pointee.top) }
        let stack = state.pointee.stack
        var slot = base + 1 + argc
        while slot < base + slotCount {
            (stack + slot).initialize(to: .nil)
            slot += 1
        }
        state.pointee.top = base + slotCount
        fiber.pushFrame(
            CallFrame(ip: code, base: base, proto: function, closure: closure))
    }

    /// Calls the value at `calleeIndex` with the `argc` values above it.
    func call(_ fiber: Fiber, calleeIndex: Int, argc: Int, labels: [String: Value]) throws {
        // A closure is called through an unretained reference: the stack slot
        // below its frame holds it for as long as the call needs it.
        if let object = Self.unretainedObject(in: fiber.state.pointee.stack + calleeIndex),
            object._withUnsafeGuaranteedRef({ $0.kind == .closure })
        {
            let closure = Unmanaged<Closure>.fromOpaque(object.toOpaque())
            try callScript(
                fiber, closure._withUnsafeGuaranteedRef { $0.proto }, closure: closure, calleeIndex: calleeIndex, argc: argc,
                labels: labels)
            return
        }
        let callee = fiber.state.pointee.stack[calleeIndex]
        switch callee {
        case .function(let function):
            try callScript(fiber, function, closure: nil, calleeIndex: calleeIndex, argc: argc, labels: labels)
        case .native(let native):
            try callNative(fiber, native, hasReceiver: false, calleeIndex: calleeIndex, argc: argc, labels: labels)
        case .object(let object) where object.kind == .closure:
            let closure = unsafeDowncast(object, to: Closure.self)
            try callScript(
                fiber, closure.proto, closure: Unmanaged.passUnretained(closure), calleeIndex: calleeIndex, argc: argc,
                labels: labels)
        case .object(let object) where object.kind == .boundMethod:
            // The receiver takes the bound method's place on the stack, as in `receiver.method(args)`.
            let bound = unsafeDowncast(object, to: BoundMethod.self)
            fiber.state.pointee.stack[calleeIndex] = bound.receiver
            try callNative(fiber, bound.method, hasReceiver: true, calleeIndex: calleeIndex, argc: argc, labels: labels)
        default:
            throw ScriptError.type("\(callee.typeName) is not callable")
        }
    }

    private func callScript(
        _ fiber: Fiber, _ function: Unmanaged<FunctionProto>, closure: Unmanaged<Closure>?, calleeIndex: Int,
        argc: Int, labels: [String: Value]
    ) throws {
        var argc = argc
        let (arity, isPlain) = function._withUnsafeGuaranteedRef { ($0.arity, $0.isPlain) }
        if !labels.isEmpty || argc != arity {
            argc = try bindArguments(fiber, function.takeUnretainedValue(), calleeIndex: calleeIndex, argc: argc, labels: labels)
        }
        if isPlain {
            try pushFrame(fiber, function, closure: closure, base: calleeIndex, argc: argc)
            return
        }
        let proto = function.takeUnretainedValue()
        let stack = fiber.state.pointee.stack
        if proto.isGenerator {
            let generatorFiber = Fiber(stackCapacity: proto.slotCount + proto.maxStack + 1)
            for i in 0...argc { generatorFiber.push(stack[calleeIndex + i]) }
            try pushFrame(generatorFiber, function, closure: closure, base: 0, argc: argc)
            fiber.truncate(to: calleeIndex)
            fiber.push(
                .object(GeneratorObject(fiber: generatorFiber, name: proto.name, isAsync: proto.isAsync, scheduler: scheduler)))
        } else {
            let coroutine = CoroutineObject(
                callee: stack[calleeIndex], arguments: (0..<argc).map { stack[calleeIndex + 1 + $0] },
                name: proto.name, origin: callerPosition(fiber), warnings: warnings)
            fiber.truncate(to: calleeIndex)
            fiber.push(.object(coroutine))
        }
    }

    /// Lays out positional and labelled arguments as exactly one value per
    /// parameter (undefined where a default applies); returns that count.
    private func bindArguments(
        _ fiber: Fiber, _ proto: FunctionProto, calleeIndex: Int, argc: Int, labels: [String: Value]
    ) throws -> Int {
        let stack = fiber.state.pointee.stack
        let values = try layOut(proto, (0..<argc).map { stack[calleeIndex + 1 + $0] }, labels: labels)
        fiber.truncate(to: calleeIndex + 1)
        fiber.reserve(values.count)
        for value in values { fiber.push(value) }
        return values.count
    }

    /// One value per parameter of `proto`, from positional and labelled
    /// arguments: undefined where a default applies.
    func layOut(_ proto: FunctionProto, _ positional: [Value], labels: [String: Value]) throws -> [Value] {
        let arity = proto.arity
        let name = proto.name
        if positional.count > arity {
            throw ScriptError.type(
                "\(name)() takes \(arity) argument\(arity == 1 ? "" : "s") but \(positional.count) were given")
        }
        var values = positional + [Value](repeating: .undefined, count: arity - positional.count)
        for (label, value) in labels {
            guard let index = proto.parameterNames.firstIndex(of: label) else {
                var message = "\(name)() has no parameter named '\(label)'"
                if let close = Suggestions.closest(to: label, in: proto.parameterNames) {
                    message += "; did you mean '\(close)'?"
                }
                throw ScriptError.type(message)
            }
            if index < positional.count { throw ScriptError.type("\(name)() got two values for '\(label)'") }
            values[index] = value
        }
        for i in 0..<arity where !proto.parameterHasDefault[i] {
            if case .undefined = values[i] {
                throw ScriptError.type("\(name)() is missing the argument '\(proto.parameterNames[i])'")
            }
        }
        return values
    }

    @inline(__always)
    func callNative(
        _ fiber: Fiber, _ native: Unmanaged<NativeFunction>, hasReceiver: Bool, calleeIndex: Int, argc: Int,
        labels: [String: Value]
    ) throws {
        let result = try native._withUnsafeGuaranteedRef { function in
            if !labels.isEmpty || argc < function.minArguments || argc > function.maxArguments {
                try function.checkArity(count: argc, labels: labels)
            }
            return try function.body(
                Arguments(
                    fiber: fiber, baseIndex: calleeIndex + 1, count: argc, labels: labels, hasReceiver: hasReceiver,
                    function: native, vm: self))
        }
        let state = fiber.state
        var slot = state.pointee.stack + state.pointee.top
        let callee = state.pointee.stack + calleeIndex
        while slot > callee {
            slot -= 1
            if case .object = slot.pointee { slot.deinitialize(count: 1) }
        }
        callee.initialize(to: result)
        state.pointee.top = calleeIndex + 1
    }

    /// A call with labels or spreads: gathers the arguments, then calls or invokes.
    func callShaped(_ fiber: Fiber, shape: CallShape) throws {
        let first = fiber.state.pointee.top - shape.stackCount
        var positional: [Value] = []
        var labels: [String: Value] = [:]
        for (i, isSpread) in shape.spreads.enumerated() {
            let value = fiber.state.pointee.stack[first + i]
            if isSpread {
                positional += try collect(value, fiber: fiber)
            } else {
                positional.append(value)
            }
        }
        for (j, label) in shape.labels.enumerated() {
            if labels[label] != nil { throw ScriptError.type("the label '\(label):' is given twice") }
            labels[label] = fiber.state.pointee.stack[first + shape.spreads.count + j]
        }
        fiber.truncate(to: first)
        fiber.reserve(positional.count)
        for value in positional { fiber.push(value) }
        if let methodName = shape.methodName {
            try invoke(fiber, argc: positional.count, nameID: names.id(of: methodName), labels: labels)
        } else {
            try call(fiber, calleeIndex: first - 1, argc: positional.count, labels: labels)
        }
    }

    /// `receiver.name(args)`: a builtin method of the receiver's type, or a
    /// function stored under that name (a map key, a native object's field).
    func invoke(_ fiber: Fiber, argc: Int, nameID: Int, labels: [String: Value]) throws {
        let receiverIndex = fiber.state.pointee.top - argc - 1
        if let method = methods.method(of: fiber.state.pointee.stack + receiverIndex, nameID: nameID) {
            try callNative(fiber, method, hasReceiver: true, calleeIndex: receiverIndex, argc: argc, labels: labels)
            return
        }
        let receiver = fiber.state.pointee.stack[receiverIndex]
        let callee = try member(of: receiver, nameID: nameID)
        fiber.state.pointee.stack[receiverIndex] = callee
        try call(fiber, calleeIndex: receiverIndex, argc: argc, labels: labels)
    }

    /// `await f(args)`: an async script function runs inline without a coroutine
    /// object; anything else is called and its result awaited.
    func callAwait(_ fiber: Fiber, argc: Int) throws {
        let calleeIndex = fiber.state.pointee.top - argc - 1
        if let (function, closure) = scriptFunction(fiber.state.pointee.stack[calleeIndex]) {
            let proto = function.takeUnretainedValue()
            if proto.isAsync && !proto.isGenerator {
                var argc = argc
                if argc != proto.arity {
                    argc = try bindArguments(fiber, proto, calleeIndex: calleeIndex, argc: argc, labels: [:])
                }
                try pushFrame(fiber, function, closure: closure, base: calleeIndex, argc: argc)
                return
            }
        }
        try callThenAwait(fiber, calleeIndex: calleeIndex, argc: argc, onlyAwaitables: false)
    }

    /// Calls, then awaits the result: at once for a native, when the frame
    /// returns for a script function.
    func callThenAwait(_ fiber: Fiber, calleeIndex: Int, argc: Int, onlyAwaitables: Bool) throws {
        let frames = fiber.state.pointee.frameCount
        try call(fiber, calleeIndex: calleeIndex, argc: argc, labels: [:])
        if fiber.state.pointee.frameCount > frames {
            fiber.state.pointee.frames[frames].onReturn = onlyAwaitables ? .awaitIfAwaitable : .await
        } else {
            try awaitTop(fiber, onlyAwaitables: onlyAwaitables)
        }
    }

    func scriptFunction(_ value: Value) -> (Unmanaged<FunctionProto>, Unmanaged<Closure>?)? {
        switch value {
        case .function(let function): return (function, nil)
        case .object(let object) where object.kind == .closure:
            let closure = unsafeDowncast(object, to: Closure.self)
            return (closure.proto, Unmanaged.passUnretained(closure))
        default: return nil
        }
    }

    /// Makes a closure from a prototype constant, taking its captures from the running frame.
    func makeClosure(_ constant: Value, frame: UnsafeMutablePointer<CallFrame>, slots: UnsafeMutablePointer<Value>)
        -> Value
    {
        guard case .function(let function) = constant else { return constant }
        let proto = function.takeUnretainedValue()
        var captures = ContiguousArray<Box>()
        captures.reserveCapacity(proto.captureSources.count)
        for source in proto.captureSources {
            switch source {
            case .enclosingSlot(let slot):
                guard case .object(let object) = slots[slot] else { preconditionFailure("captured slot holds no box") }
                captures.append(unsafeDowncast(object, to: Box.self))
            case .enclosingCapture(let index):
                captures.append(frame.pointee.closure!.takeUnretainedValue().captures[index])
            }
        }
        return .object(Closure(proto: function, captures: captures))
    }

    /// Calls a function value from native code and returns its result (a nested run).
    func callFunction(_ callee: Value, _ arguments: [Value], on fiber: Fiber) throws -> Value {
        try callFunction(callee, argumentCount: arguments.count, on: fiber) {
            for argument in arguments { fiber.push(argument) }
        }
    }

    /// `callFunction` with one argument, without an array for it (a `map`'s callback).
    func callFunction(_ callee: Value, with argument: Value, on fiber: Fiber) throws -> Value {
        try callFunction(callee, argumentCount: 1, on: fiber) { fiber.push(argument) }
    }

    @inline(__always)
    private func callFunction(
        _ callee: Value, argumentCount: Int, on fiber: Fiber, pushArguments: () -> Void
    ) throws -> Value {
        let calleeIndex = fiber.state.pointee.top
        fiber.reserve(argumentCount + 1)
        fiber.push(callee)
        pushArguments()
        let frames = fiber.state.pointee.frameCount
        do {
            try call(fiber, calleeIndex: calleeIndex, argc: argumentCount, labels: [:])
        } catch {
            fiber.truncate(to: calleeIndex)
            throw error
        }
        guard fiber.state.pointee.frameCount > frames else {
            let result = fiber.state.pointee.stack[calleeIndex]
            fiber.truncate(to: calleeIndex)
            return result
        }
        fiber.state.pointee.frames[frames].isBoundary = true
        nestedRuns += 1
        defer { nestedRuns -= 1 }
        if nestedRuns > limits.maxNestedCallbacks || nativeStack.isNearlyFull() {
            fiber.state.pointee.frameCount = frames
            fiber.truncate(to: calleeIndex)
            let reason =
                nestedRuns > limits.maxNestedCallbacks
                ? "more than \(limits.maxNestedCallbacks)" : "\(nestedRuns) deep, and the native stack is nearly full"
            throw ScriptError(ErrorKind.recursionError, "too many nested callbacks (\(reason))")
        }
        guard case .returned(let result) = try execute(fiber, boundary: frames) else {
            preconditionFailure("a callback yielded")
        }
        return result
    }

    /// Where the call being made in the fiber's running frame is, as a trace frame
    /// (turned into `file:line:col` text only if someone needs it).
    func callerPosition(_ fiber: Fiber) -> TraceFrame? {
        let state = fiber.state.pointee
        guard state.frameCount > 0 else { return nil }
        let frame = state.frames[state.frameCount - 1]
        let offset = frame.proto._withUnsafeGuaranteedRef { $0.offset(ofInstruction: frame.ip - $0.code - 1) }
        return TraceFrame(proto: frame.proto, offset: Int32(truncatingIfNeeded: offset))
    }
}
