import AsyncLang

/// Throwing: finding the `try` that catches an error, recording where it was
/// thrown, and carrying a generator's failure to the code consuming it.
extension VM {
    /// Finds the handler for `error`, starting in `fiber`. Returns the fiber to
    /// continue in (the handler's frame on top, the error pushed), or throws
    /// when nothing inside this run catches it.
    func unwind(from fiber: Fiber, base: Fiber, boundary: Int, error: Error) throws -> Fiber {
        let thrown = errorObject(from: error)
        if !thrown.hasBeenThrown { recordTrace(thrown, from: fiber) }
        var current = fiber
        while true {
            let state = current.state
            let floor = current === base ? boundary : 0
            if state.pointee.handlerCount > 0 {
                let handler = state.pointee.handlers[state.pointee.handlerCount - 1]
                if handler.frameIndex >= floor {
                    state.pointee.handlerCount -= 1
                    state.pointee.frameCount = handler.frameIndex + 1
                    current.truncate(to: handler.height)
                    state.pointee.frames[handler.frameIndex].ip = handler.target
                    current.push(.object(thrown))
                    current.status = .running
                    return current
                }
            }
            if current === base {
                if boundary == 0 {
                    current.clear()
                } else {
                    let base = state.pointee.frames[boundary].base
                    state.pointee.frameCount = boundary
                    current.truncate(to: base)
                }
                throw ScriptError(thrown)
            }
            // A generator resumed by a `for` loop failed: it is finished, and the error continues in the loop.
            guard let resumer = current.resumer else { throw ScriptError(thrown) }
            current.resumer = nil
            current.clear()
            current = resumer
            current.status = .running
        }
    }

    func errorObject(from error: Error) -> ErrorObject {
        if let scriptError = error as? ScriptError { return scriptError.error }
        return ErrorObject(kind: ErrorKind.error, message: "\(error)")
    }

    /// Records where every frame is, innermost first, through the generators'
    /// consumers, and the place the caret points at.
    func recordTrace(_ error: ErrorObject, from fiber: Fiber) {
        error.frames = traceFrames(from: fiber, error: error)
    }

    /// A task resumes with an error that another task ended with (`await t`, a
    /// gather): the trace goes on with this task's frames, the first one marked
    /// with the task the error came from, as Python chains an awaited task's
    /// traceback into its awaiter's.
    func recordCrossing(_ error: ErrorObject, into fiber: Fiber, awaiting source: (name: String, id: Int)) {
        // A chain of 600,000 tasks awaiting each other would make a trace no one
        // reads (a report shows it compressed anyway): past this length it stops growing.
        guard error.frames.count < Self.longestCrossedTrace else { return }
        var frames = traceFrames(from: fiber, error: error)
        guard !frames.isEmpty else { return }
        frames[0].awaiting = "\(source.name)#\(source.id)"
        error.frames += frames
    }

    private static let longestCrossedTrace = 10_000

    private func traceFrames(from fiber: Fiber, error: ErrorObject) -> [TraceFrame] {
        var frames: [TraceFrame] = []
        var current: Fiber? = fiber
        while let f = current {
            let state = f.state.pointee
            frames.reserveCapacity(frames.count + state.frameCount)
            for i in stride(from: state.frameCount - 1, through: 0, by: -1) {
                let frame = state.frames[i]
                if frame.proto._withUnsafeGuaranteedRef({ $0.file.path == Self.helperFile }) { continue }
                let offset = frame.proto._withUnsafeGuaranteedRef { $0.offset(ofInstruction: frame.ip - $0.code - 1) }
                if error.origin == nil { error.origin = (frame.proto.takeUnretainedValue().file, offset) }
                frames.append(TraceFrame(proto: frame.proto, offset: Int32(truncatingIfNeeded: offset)))
            }
            current = f.resumer
        }
        return frames
    }

    /// `throw value`: only error values can be thrown.
    func thrownError(_ value: Value) throws -> ScriptError {
        guard case .object(let object) = value, object.kind == .error else {
            throw ScriptError.type(
                "throw needs an error value such as ValueError(\"...\"), got \(value.typeName)")
        }
        return ScriptError(unsafeDowncast(object, to: ErrorObject.self))
    }

    /// Whether a `catch` clause takes the error: a listed kind, or (no kinds)
    /// any kind but `CancelledError`, which must be caught by name.
    func errorMatches(_ value: Value, _ kinds: [String]) -> Bool {
        guard case .object(let object) = value, object.kind == .error else { return false }
        let error = unsafeDowncast(object, to: ErrorObject.self)
        return kinds.isEmpty ? !error.isCancellation : kinds.contains(error.errorKind)
    }

    // MARK: Fibers ending and generators

    /// The bottom frame of `fiber` returned. Returns the fiber to continue in,
    /// or nil when `execute` should end.
    func finishFiber(_ fiber: Fiber, result: Value) throws -> Fiber? {
        fiber.status = .done
        guard let resumer = fiber.resumer, !fiber.resumedByNative else { return nil }
        fiber.resumer = nil
        resumer.status = .running
        if fiber.consumerSlot == Fiber.asyncConsumer {
            resumer.push(.undefined)
            return resumer
        }
        // The consumer waits just after its `forIter` (or after the offset word of
        // its `forIterLocal`): take that loop's exit jump.
        let state = resumer.state
        let frame = state.pointee.frames + (state.pointee.frameCount - 1)
        let previous = (frame.pointee.ip - 1).pointee
        frame.pointee.ip += fiber.consumerSlot >= 0 ? Int(Int32(bitPattern: previous)) : previous.sa
        return resumer
    }

    /// A `for` loop asks a generator for its next value: switch to its fiber.
    func resume(_ generator: GeneratorObject, from fiber: Fiber, intoSlot slot: Int = -1) throws -> Fiber {
        let target = generator.fiber
        // Running now, or suspended at an `await` inside it on behalf of another task.
        if target.status == .running || target.resumer != nil {
            throw ScriptError.value("generator '\(generator.name)' is already running")
        }
        try stack(target, on: fiber)
        target.resumer = fiber
        target.resumedByNative = false
        target.consumerSlot = slot
        target.status = .running
        return target
    }

    /// Puts a generator's frames on top of its consumer's for the call-depth limit,
    /// so generators that iterate themselves recursively end in `RecursionError`.
    private func stack(_ generator: Fiber, on consumer: Fiber) throws {
        let below = consumer.state.pointee.framesBelow + consumer.state.pointee.frameCount
        if below + generator.state.pointee.frameCount > limits.maxCallDepth {
            throw ScriptError(ErrorKind.recursionError, "maximum call depth (\(limits.maxCallDepth)) exceeded")
        }
        generator.state.pointee.framesBelow = below
    }

    /// A native function takes every value a generator yields, in turn
    /// (`sum`, `sorted`…): `next(of:consumer:)` in a loop, set up once.
    /// `body` must not run script code (it could resume the generator).
    func drain(_ generator: GeneratorObject, consumer: Fiber, _ body: (Value) throws -> Void) throws {
        try resumedByNative(generator, consumer: consumer) { target in
            while case .yielded(let value) = try execute(target, boundary: 0) { try body(value) }
        }
    }

    /// A native function asks a generator for its next value; nil when it is finished.
    func next(of generator: GeneratorObject, consumer: Fiber) throws -> Value? {
        var next: Value?
        try resumedByNative(generator, consumer: consumer) { target in
            // A plain generator cannot await, so it cannot suspend: anything but a yield is its end.
            if case .yielded(let value) = try execute(target, boundary: 0) { next = value }
        }
        return next
    }

    /// Runs `resume` with the generator's fiber set up to be resumed by a
    /// native function on behalf of `consumer`; nothing when it is finished.
    private func resumedByNative(_ generator: GeneratorObject, consumer: Fiber, _ resume: (Fiber) throws -> Void) throws {
        let target = generator.fiber
        if target.status == .done { return }
        // Running now, or suspended at an `await` inside it on behalf of another task.
        if target.status == .running || target.resumer != nil {
            throw ScriptError.value("generator '\(generator.name)' is already running")
        }
        try stack(target, on: consumer)
        target.resumer = consumer
        target.resumedByNative = true
        defer {
            target.resumer = nil
            target.resumedByNative = false
        }
        try resume(target)
    }
}
