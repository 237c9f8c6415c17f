/// Defines a builtin method of `Receiver`: the body gets the receiver already
/// cast (methods are only looked up on their own type) and the arguments.
func method<Receiver: Obj>(
    _ name: String, _ arity: ClosedRange<Int>, on _: Receiver.Type, labels: Set<String> = [],
    _ body: @escaping (Receiver, Arguments) throws -> Value
) -> NativeFunction {
    NativeFunction(name, arity: arity, labels: labels) { args in try body(args.receiverObject(Receiver.self), args) }
}

/// The same, for a method taking exactly `arity` arguments.
func method<Receiver: Obj>(
    _ name: String, _ arity: Int, on receiver: Receiver.Type, _ body: @escaping (Receiver, Arguments) throws -> Value
) -> NativeFunction {
    method(name, arity...arity, on: receiver, body)
}
