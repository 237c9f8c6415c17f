/// `print(...xs, sep: " ", end: "\n")`.
enum OutputBuiltins {
    static var all: [NativeFunction] {
        [
            NativeFunction("print", arity: 0...Int.max, labels: ["sep", "end"]) { args in
                let separator = try args.optionalString("sep") ?? " "
                let end = try args.optionalString("end") ?? "\n"
                var text = ""
                for i in 0..<args.count {
                    if i > 0 { text += separator }
                    Printer.appendDisplay(args[i], to: &text)
                }
                text += end
                args.vm.output.write(text)
                return .nil
            }
        ]
    }
}

extension Arguments {
    /// A labelled string argument, or nil when not given.
    func optionalString(_ label: String) throws -> String? {
        guard let value = labels[label] else { return nil }
        if case .object(let o) = value, o.kind == .string { return unsafeDowncast(o, to: StringObject.self).value }
        if case .nil = value { return nil }
        throw ScriptError.type("\(functionName)() expects '\(label):' to be a string, got \(value.typeName)")
    }

    /// A labelled bool argument, or `fallback`.
    func bool(_ label: String, default fallback: Bool) throws -> Bool {
        guard let value = labels[label] else { return fallback }
        if case .bool(let b) = value { return b }
        throw ScriptError.type("\(functionName)() expects '\(label):' to be a bool, got \(value.typeName)")
    }

    /// Calls a script or native function from a builtin (a `key:`, a `map` callback).
    func call(_ function: Value, _ arguments: [Value]) throws -> Value {
        try vm.callFunction(function, arguments, on: fiber)
    }

    /// The items of a list argument without copying them, or nil when it is not a list.
    func listItems(_ index: Int) -> ContiguousArray<Value>? {
        guard case .object(let o) = self[index], o.kind == .list else { return nil }
        return unsafeDowncast(o, to: ListObject.self).items
    }

    /// Every element of an iterable argument.
    func elements(_ index: Int) throws -> [Value] {
        try vm.collect(self[index], fiber: fiber)
    }
}
