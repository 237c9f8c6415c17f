/// One constructor per builtin error kind: `ValueError("msg")`, and
/// `Error("msg", kind: "MyError")` for a custom kind.
enum ErrorBuiltins {
    static var all: [NativeFunction] {
        ErrorKind.all.map { kind in
            let labels: Set<String> = kind == ErrorKind.error ? ["kind"] : (kind == ErrorKind.errorGroup ? ["errors"] : [])
            return NativeFunction(kind, arity: 0...1, labels: labels) { args in
                let message = args.count == 1 ? Printer.display(args[0]) : ""
                let customKind = try args.string(label: "kind") ?? kind
                let error = ErrorObject(kind: customKind, message: message)
                if let errors = args.label("errors") {
                    error.errors = try args.vm.collect(errors, fiber: args.fiber)
                }
                return .object(error)
            }
        }
    }
}
