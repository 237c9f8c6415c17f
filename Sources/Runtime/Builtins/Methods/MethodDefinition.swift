/// Defines a builtin method of a string, list or map: a `NativeMethod`, the
/// same declaration a native type's methods use, as a plain function for the
/// value types' method tables.
func method<Receiver: Obj>(
    _ name: String, _ arity: ClosedRange<Int>, on _: Receiver.Type, labels: Set<String> = [], doc: String = "",
    _ body: @escaping (Receiver, Arguments) throws -> Value
) -> NativeFunction {
    NativeMethod<Receiver>(name, arity: arity, labels: labels, doc: doc, body).function
}

/// The same, for a method taking exactly `arity` arguments.
func method<Receiver: Obj>(
    _ name: String, _ arity: Int, on receiver: Receiver.Type, doc: String = "",
    _ body: @escaping (Receiver, Arguments) throws -> Value
) -> NativeFunction {
    method(name, arity...arity, on: receiver, doc: doc, body)
}
