/// One constructor per builtin error kind: `ValueError("msg")`, and
/// `Error("msg", kind: "MyError")` for a custom kind.
enum ErrorBuiltins {
    static var all: [NativeFunction] {
        ErrorKind.all.map { kind in
            let labels: Set<String> = kind == ErrorKind.error ? ["kind"] : (kind == ErrorKind.errorGroup ? ["errors"] : [])
            return NativeFunction(kind, arity: 0...1, labels: labels, doc: doc(of: kind)) { args in
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

    private static func doc(of kind: String) -> String {
        switch kind {
        case ErrorKind.error: return "Error(message, kind: \"MyError\") — an error value (to throw), of a custom kind if given"
        case ErrorKind.errorGroup: return "ErrorGroup(message, errors: [...]) — an error holding several errors"
        default: return "\(kind)(message) — an error value of kind \(kind), to throw"
        }
    }
}
