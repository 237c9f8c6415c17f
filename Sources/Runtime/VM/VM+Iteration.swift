/// `for` loops and everything else that walks an iterable.
extension VM {
    /// The iterator a `for` loop keeps on the stack.
    func iterator(for iterable: Value, isAsync: Bool) throws -> Value {
        if case .object(let object) = iterable {
            if object.kind == .generator {
                let generator = unsafeDowncast(object, to: GeneratorObject.self)
                if generator.isAsync && !isAsync {
                    throw ScriptError.type("'\(generator.name)' is an async generator: iterate it with 'for await'")
                }
                if !generator.isAsync && isAsync {
                    throw ScriptError.type("'for await' needs an async generator or a queue; use 'for' for a generator")
                }
                return iterable
            }
            if isAsync {
                if object.kind == .native, unsafeDowncast(object, to: NativeObject.self).type.isAsyncIterable {
                    return iterable
                }
                throw ScriptError.type("'for await' needs an async generator or a queue, got \(iterable.typeName)")
            }
            switch object.kind {
            case .list: return .object(IteratorObject(list: unsafeDowncast(object, to: ListObject.self)))
            case .map:
                let keys = unsafeDowncast(object, to: MapObject.self).entries.keys.map(\.value)
                return .object(IteratorObject(values: ContiguousArray(keys)))
            case .string: return .object(IteratorObject(string: unsafeDowncast(object, to: StringObject.self)))
            case .range: return .object(IteratorObject(range: unsafeDowncast(object, to: RangeObject.self)))
            case .iterator: return iterable
            case .native:
                if let elements = unsafeDowncast(object, to: NativeObject.self).type.elements {
                    return .object(IteratorObject(values: ContiguousArray(try elements(object))))
                }
            default: break
            }
        }
        throw ScriptError.type("\(iterable.typeName) is not iterable")
    }

    /// Every element of an iterable, in order (running a generator to its end).
    func collect(_ iterable: Value, fiber: Fiber) throws -> [Value] {
        if case .object(let object) = iterable, object.kind == .list {
            return Array(unsafeDowncast(object, to: ListObject.self).items)
        }
        var values: [Value] = []
        try forEach(in: iterable, fiber: fiber) { values.append($0) }
        return values
    }

    /// Calls `body` with each element of an iterable in turn, without
    /// collecting them first (`sum` of a generator of 10 million items).
    /// `body` must not run script code.
    func forEach(in iterable: Value, fiber: Fiber, _ body: (Value) throws -> Void) throws {
        if case .object(let object) = iterable {
            switch object.kind {
            case .list:
                for item in unsafeDowncast(object, to: ListObject.self).items { try body(item) }
                return
            case .generator:
                let generator = unsafeDowncast(object, to: GeneratorObject.self)
                if generator.isAsync {
                    throw ScriptError.type("'\(generator.name)' is an async generator: iterate it with 'for await'")
                }
                try drain(generator, consumer: fiber, body)
                return
            default: break
            }
        }
        guard case .object(let object) = try iterator(for: iterable, isAsync: false) else { return }
        let iterator = unsafeDowncast(object, to: IteratorObject.self)
        while let value = iterator.next() { try body(value) }
    }

    /// `for a, b in pairs`: one element split into `count` variables.
    func unpack(_ value: Value, count: Int) throws -> ContiguousArray<Value> {
        guard case .object(let object) = value, object.kind == .list else {
            throw ScriptError.type("cannot unpack \(value.typeName) into \(count) variables; expected a list")
        }
        let items = unsafeDowncast(object, to: ListObject.self).items
        guard items.count == count else {
            throw ScriptError.value("expected \(count) values to unpack, got \(items.count)")
        }
        return items
    }

    /// `for await`'s step: switches to the async generator on top of the stack
    /// (returning its fiber), or takes the next value of a native async
    /// iterator (pushing it, or suspending the task until one comes). A
    /// finished iterator pushes `undefined`.
    func asyncNext(_ fiber: Fiber) throws -> Fiber? {
        let iterator = fiber.state.pointee.stack[fiber.state.pointee.top - 1]
        guard case .object(let object) = iterator else { throw ScriptError.type("not iterable") }
        if object.kind == .generator {
            let generator = unsafeDowncast(object, to: GeneratorObject.self)
            if generator.isDone {
                fiber.push(.undefined)
                return nil
            }
            return try resume(generator, from: fiber, intoSlot: Fiber.asyncConsumer)
        }
        let task = try runningTask()
        guard object.kind == .native, let next = unsafeDowncast(object, to: NativeObject.self).type.asyncNext else {
            throw ScriptError.type("'for await' needs an async generator or a queue, got \(iterator.typeName)")
        }
        if let value = try next(object, task, self) {
            fiber.push(value)
        } else {
            suspending = true
        }
        return nil
    }
}
