/// `with` contexts: a map with `enter` and `exit(error)` functions. Their
/// results are awaited when they are coroutines, so both may be `async fn`.
extension VM {
    /// context -> context entered
    func withEnter(_ fiber: Fiber) throws {
        let context = fiber.state.pointee.stack[fiber.state.pointee.top - 1]
        let enter = try contextFunction(context, "enter")
        _ = try contextFunction(context, "exit")
        fiber.push(enter)
        try callThenAwait(fiber, calleeIndex: fiber.state.pointee.top - 1, argc: 0, onlyAwaitables: true)
    }

    /// Calls exit(nil) on the context `depth` below the top; pushes its result.
    func withExit(_ fiber: Fiber, depth: Int) throws {
        let context = fiber.state.pointee.stack[fiber.state.pointee.top - 1 - depth]
        fiber.push(try contextFunction(context, "exit"))
        fiber.push(.nil)
        try callThenAwait(fiber, calleeIndex: fiber.state.pointee.top - 2, argc: 1, onlyAwaitables: true)
    }

    /// context error -> context error result of exit(error)
    func withExitError(_ fiber: Fiber) throws {
        let top = fiber.state.pointee.top
        let context = fiber.state.pointee.stack[top - 2]
        let error = fiber.state.pointee.stack[top - 1]
        fiber.push(try contextFunction(context, "exit"))
        fiber.push(error)
        try callThenAwait(fiber, calleeIndex: fiber.state.pointee.top - 2, argc: 1, onlyAwaitables: true)
    }

    private func contextFunction(_ context: Value, _ name: String) throws -> Value {
        if case .object(let object) = context, object.kind == .map,
            let function = unsafeDowncast(object, to: MapObject.self).entries[.string(name)]
        {
            return function
        }
        if case .object(let object) = context, let type = methods.nativeType(of: object),
            let function = name == "enter" ? type.enter : type.exit
        {
            return .object(BoundMethod(receiver: context, method: Unmanaged.passUnretained(function)))
        }
        throw ScriptError.type(
            "'with' needs a context: timeout(), group(), a Semaphore or Lock, or a map with 'enter' and 'exit' functions; got \(context.typeName)"
                + (context.typeName == "map" ? " without '\(name)'" : ""))
    }
}
