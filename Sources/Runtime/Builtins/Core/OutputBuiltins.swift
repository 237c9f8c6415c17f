/// `print(...xs, sep: " ", end: "\n")`.
enum OutputBuiltins {
    static var all: [NativeFunction] {
        [
            NativeFunction("print", arity: 0...Int.max, labels: ["sep", "end"], doc: "print(...values, sep: \" \", end: \"\\n\") — writes the values separated by sep, then end") { args in
                let separator = try args.string(label: "sep") ?? " "
                let end = try args.string(label: "end") ?? "\n"
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
    /// Calls a script or native function from a builtin (a `key:`, a `map` callback).
    func call(_ function: Value, _ arguments: [Value]) throws -> Value {
        try vm.callFunction(function, arguments, on: fiber)
    }

    /// `call` with one argument, without an array for it.
    func call(_ function: Value, with argument: Value) throws -> Value {
        try vm.callFunction(function, with: argument, on: fiber)
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

    /// Each element of argument `index` in turn, without collecting them.
    func forEachElement(_ index: Int, _ body: (Value) throws -> Void) throws {
        try vm.forEach(in: self[index], fiber: fiber, body)
    }
}
