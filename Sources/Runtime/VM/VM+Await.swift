/// `await`, `spawn` and `cancel`: where script code meets the scheduler.
extension VM {
    /// Awaits the value on top of the stack. A coroutine runs inline in this
    /// fiber; a task, or a native awaitable, either gives its result at once or
    /// suspends the running task (`suspending` is then set, and the result is
    /// pushed when the task resumes). With `onlyAwaitables` (what `with` does
    /// with `enter` and `exit` results), any other value, and a native object,
    /// is left as it is.
    func awaitTop(_ fiber: Fiber, onlyAwaitables: Bool = false) throws {
        let top = fiber.state.pointee.top
        let value = fiber.state.pointee.stack[top - 1]
        guard case .object(let object) = value else {
            if onlyAwaitables { return }
            throw notAwaitable(value)
        }
        switch object.kind {
        case .coroutine:
            try startInline(unsafeDowncast(object, to: CoroutineObject.self), on: fiber, at: top - 1)
        case .task, .awaitable:
            let task = try runningTask()
            fiber.truncate(to: top - 1)
            let result: Value?
            if object.kind == .task {
                result = try awaitTask(unsafeDowncast(object, to: TaskObject.self), by: task)
            } else {
                result = try unsafeDowncast(object, to: AwaitableObject.self).await(by: task, in: self)
            }
            if let result { fiber.push(result) } else { suspending = true }
        case .native:
            // A `with` block binds a native object its `enter` returns; it does not await it.
            guard !onlyAwaitables, let awaiting = unsafeDowncast(object, to: NativeObject.self).type.awaiting else {
                if onlyAwaitables { return }
                throw notAwaitable(value)
            }
            let task = try runningTask()
            fiber.truncate(to: top - 1)
            if let result = try awaiting(object, task, self) { fiber.push(result) } else { suspending = true }
        default:
            if onlyAwaitables { return }
            throw notAwaitable(value)
        }
    }

    /// The task the VM is running, if awaiting is possible here.
    func runningTask() throws -> TaskObject {
        if nestedRuns > 0 {
            throw ScriptError(
                ErrorKind.error,
                "cannot await inside a function that a builtin calls back (such as a sorted() key or a map() function)")
        }
        guard let task = scheduler.current else {
            throw ScriptError(ErrorKind.error, "await needs a running task")
        }
        return task
    }

    private func notAwaitable(_ value: Value) -> ScriptError {
        ScriptError.type("cannot await a value of type \(value.typeName); await needs a coroutine, a task or an awaitable")
    }

    /// Runs a coroutine's body in this fiber, as a call whose result lands at `slot`.
    private func startInline(_ coroutine: CoroutineObject, on fiber: Fiber, at slot: Int) throws {
        if coroutine.isStarted { throw ScriptError(ErrorKind.error, "coroutine '\(coroutine.name)' was already awaited") }
        coroutine.isStarted = true
        guard let (function, closure) = scriptFunction(coroutine.callee) else { return }
        fiber.truncate(to: slot)
        fiber.reserve(coroutine.arguments.count + 1)
        fiber.push(coroutine.callee)
        for argument in coroutine.arguments { fiber.push(argument) }
        try pushFrame(fiber, function, closure: closure, base: slot, argc: coroutine.arguments.count)
    }

    /// `spawn aw`: a task that runs a coroutine, or awaits any other awaitable, from the ready queue.
    func spawn(_ value: Value) throws -> TaskObject {
        guard case .object(let object) = value else { throw notSpawnable(value) }
        switch object.kind {
        case .task:
            return unsafeDowncast(object, to: TaskObject.self)
        case .coroutine:
            let coroutine = unsafeDowncast(object, to: CoroutineObject.self)
            if coroutine.isStarted {
                throw ScriptError(ErrorKind.error, "coroutine '\(coroutine.name)' was already awaited")
            }
            coroutine.isStarted = true
            return try spawnCall(coroutine.callee, coroutine.arguments, name: coroutine.name)
        case .awaitable:
            let awaitable = unsafeDowncast(object, to: AwaitableObject.self)
            return try spawnCall(.function(awaiterFunction), [value], name: awaitable.name)
        case .native where unsafeDowncast(object, to: NativeObject.self).type.awaiting != nil:
            return try spawnCall(.function(awaiterFunction), [value], name: object.typeName)
        default:
            throw notSpawnable(value)
        }
    }

    func spawnCall(_ callee: Value, _ arguments: [Value], name: String) throws -> TaskObject {
        guard let (function, closure) = scriptFunction(callee) else { throw notSpawnable(callee) }
        let proto = function.takeUnretainedValue()
        let fiber = Fiber(stackCapacity: proto.slotCount + proto.maxStack + 1)
        fiber.push(callee)
        for argument in arguments { fiber.push(argument) }
        try pushFrame(fiber, function, closure: closure, base: 0, argc: arguments.count)
        return scheduler.spawn(fiber: fiber, name: name, origin: scheduler.events == nil ? nil : spawnOrigin())
    }

    /// A task that calls `function` with the arguments (labels bound to a script
    /// function's parameters) and, when it returns a coroutine or another
    /// awaitable, awaits it: how a host's call and a server's handler run. The
    /// task is named `taskName`, else after the function, else (an anonymous
    /// `fn`) `anonymousName` when there is one.
    func spawnFunctionCall(
        _ function: Value, _ arguments: [Value], labels: [String: Value] = [:], taskName: String?,
        anonymousName: String? = nil
    ) throws -> TaskObject {
        var arguments = arguments
        let name: String
        if let (proto, _) = scriptFunction(function) {
            name = proto.takeUnretainedValue().name
            if !labels.isEmpty { arguments = try layOut(proto.takeUnretainedValue(), arguments, labels: labels) }
        } else if case .native(let native) = function {
            name = native.takeUnretainedValue().name
            if !labels.isEmpty {
                throw ScriptError.type("labelled arguments from the host need a script function, not the builtin \(name)()")
            }
        } else if case .object(let object) = function, object.kind == .boundMethod {
            name = unsafeDowncast(object, to: BoundMethod.self).method.takeUnretainedValue().name
        } else {
            throw ScriptError.type("the host can only call a function, got \(function.typeName)")
        }
        let settle = Value.native(Unmanaged.passUnretained(Self.settle))
        let chosen = taskName ?? (name == "<fn>" ? anonymousName ?? name : name)
        return try spawnCall(.function(callerFunction), [function, .list(arguments), settle], name: chosen)
    }

    /// What the caller helper awaits: the function's result if it is awaitable, else that result as it is.
    static let settle = NativeFunction("settle", arity: 1) { args in
        if case .object(let object) = args[0] {
            switch object.kind {
            case .coroutine, .task, .awaitable: return args[0]
            case .native where unsafeDowncast(object, to: NativeObject.self).type.awaiting != nil: return args[0]
            default: break
            }
        }
        return .object(ReadyAwaitable(args[0]))
    }

    /// The native awaitable a task was spawned to await (`spawn gather(...)`), if it was.
    func awaitedByTask(_ task: TaskObject) -> AwaitableObject? {
        guard let fiber = task.rootFiber, fiber.state.pointee.frameCount == 1,
            fiber.state.pointee.frames[0].proto.toOpaque() == awaiterFunction.toOpaque(),
            case .object(let object) = fiber.state.pointee.stack[1], object.kind == .awaitable
        else { return nil }
        return unsafeDowncast(object, to: AwaitableObject.self)
    }

    /// Where the running task is spawning from, unless that is inside a runtime helper.
    private func spawnOrigin() -> TraceFrame? {
        guard let fiber = scheduler.current?.activeFiber, let position = callerPosition(fiber) else { return nil }
        return position.proto._withUnsafeGuaranteedRef { $0.file.path == Self.helperFile } ? nil : position
    }

    private func notSpawnable(_ value: Value) -> ScriptError {
        ScriptError.type("spawn needs a coroutine (a call of an async fn), a task or an awaitable, got \(value.typeName)")
    }

    /// `cancel t`.
    func cancel(_ value: Value) throws {
        guard case .object(let object) = value, object.kind == .task else {
            throw ScriptError.type("cancel needs a task, got \(value.typeName)")
        }
        scheduler.cancel(unsafeDowncast(object, to: TaskObject.self))
    }
}

extension VM {
    /// An expression statement dropped a native awaitable (`sleep(1)`,
    /// `q.put(x)`, `http.get(u)` without `await`): it does nothing, which is
    /// the commonest slip of all, so say so where it happened, as Python
    /// does for a coroutine that was never awaited.
    @inline(never)
    func warnNeverAwaited(_ object: Obj, frame: UnsafeMutablePointer<CallFrame>, ip: UnsafeMutablePointer<Instruction>) {
        let proto = frame.pointee.proto
        let offset = proto._withUnsafeGuaranteedRef { $0.offset(ofInstruction: ip - $0.code - 1) }
        let location = TraceFrame(proto: proto, offset: Int32(truncatingIfNeeded: offset)).location
        let name = unsafeDowncast(object, to: AwaitableObject.self).name
        warnings.warn("\(name)() was never awaited (\(location)): without await it does nothing")
    }
}
