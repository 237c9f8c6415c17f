/// `random()`, `random_int(a, b)` and `shuffle(xs)`, from the seeded generator.
enum RandomBuiltins {
    static var all: [NativeFunction] {
        [
            NativeFunction("random", arity: 0, doc: "random() — a float in [0, 1) from the seeded generator (--seed)") { args in .float(args.vm.random.unit()) },
            NativeFunction("random_int", arity: 2, doc: "random_int(a, b) — an integer from a to b, both included (seeded)") { args in
                let low = try args.int(0)
                let high = try args.int(1)
                if low > high { throw ScriptError.value("random_int(a, b) needs a <= b, got \(low) > \(high)") }
                return .int(Int.random(in: low...high, using: &args.vm.random))
            },
            NativeFunction("shuffle", arity: 1, doc: "shuffle(list) — shuffles the list in place (seeded); returns nil") { args in
                let list = try args.listObject(0)
                list.items.shuffle(using: &args.vm.random)
                return .nil
            },
        ]
    }
}
