/// `random()`, `random_int(a, b)` and `shuffle(xs)`, from the seeded generator.
enum RandomBuiltins {
    static var all: [NativeFunction] {
        [
            NativeFunction("random", arity: 0) { args in .float(args.vm.random.unit()) },
            NativeFunction("random_int", arity: 2) { args in
                let low = try args.int(0)
                let high = try args.int(1)
                if low > high { throw ScriptError.value("random_int(a, b) needs a <= b, got \(low) > \(high)") }
                return .int(Int.random(in: low...high, using: &args.vm.random))
            },
            NativeFunction("shuffle", arity: 1) { args in
                let list = try args.listObject(0)
                list.items.shuffle(using: &args.vm.random)
                return .nil
            },
        ]
    }
}
