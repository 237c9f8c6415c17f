import Runtime

/// The README's example of a host-defined object type: a field, a method with
/// a labelled argument, and a `with` context, declared from tables and
/// registered in a module exactly as the runtime's own types are.
public final class Turnstile: NativeObject {
    var passed = 0
    var inside = 0

    public static let nativeType: NativeType = NativeType(
        "Turnstile", of: Turnstile.self,
        constructor: NativeFunction("Turnstile", arity: 0) { _ in .object(Turnstile(type: nativeType)) },
        fields: [
            NativeField("passed") { .int($0.passed) },
            NativeField("inside") { .int($0.inside) },
        ],
        methods: [
            NativeMethod("pass", arity: 0...1, labels: ["twice"]) { turnstile, args in
                let people = try args.optional(0).map { _ in try args.int(0, "a number of people") } ?? 1
                turnstile.passed += people * (try args.bool(label: "twice", default: false) ? 2 : 1)
                return .int(turnstile.passed)
            }
        ],
        context: NativeContext(
            enter: { turnstile, _ in
                turnstile.inside += 1
                return .object(turnstile)
            },
            exit: { turnstile, _, _ in
                turnstile.inside -= 1
                return .nil  // nil: an error leaving the block goes on
            }),
        display: { "<Turnstile \($0.passed) passed>" })
}

/// The module a host registers: its types' constructors become globals.
public let gateModule = Module("gate", types: [Turnstile.nativeType])
