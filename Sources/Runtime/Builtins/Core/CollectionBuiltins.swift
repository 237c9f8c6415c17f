/// `len`, `range`, `min`, `max`, `sum`, `sorted`, `enumerate`, `zip`.
enum CollectionBuiltins {
    static var all: [NativeFunction] {
        [
            NativeFunction("len", arity: 1, doc: "len(x) — how many items a list, map or range has, or characters a string") { args in .int(try length(args[0])) },
            NativeFunction("range", arity: 1...3, doc: "range(stop) or range(start, stop, step = 1) — the integers from start up to stop, lazily") { args in
                let start = args.count == 1 ? 0 : try args.int(0)
                let stop = try args.int(args.count == 1 ? 0 : 1)
                let step = args.count == 3 ? try args.int(2) : 1
                if step == 0 { throw ScriptError.value("range() step must not be zero") }
                return .object(RangeObject(start: start, stop: stop, step: step))
            },
            NativeFunction("min", arity: 1...Int.max, labels: ["key"], doc: "min(list) or min(a, b, …, key: fn) — the smallest value") { args in try extreme(args, wantsLess: true) },
            NativeFunction("max", arity: 1...Int.max, labels: ["key"], doc: "max(list) or max(a, b, …, key: fn) — the largest value") { args in try extreme(args, wantsLess: false) },
            NativeFunction("sum", arity: 1...2, doc: "sum(list, start = 0) — start plus every number of the list") { args in
                var total = args.count == 2 ? args[1] : .int(0)
                try args.forEachElement(0) { item in
                    if case .int(let a) = total, case .int(let b) = item {
                        let (sum, overflow) = a.addingReportingOverflow(b)
                        if !overflow {
                            total = .int(sum)
                            return
                        }
                    }
                    total = try Arithmetic.add(total, item)
                }
                return total
            },
            NativeFunction("sorted", arity: 1, labels: ["key", "reverse"], doc: "sorted(iterable, key: fn, reverse: false) — a new list in ascending order (stable)") { args in
                var items = try args.elements(0)
                try sortValues(&items, args: args)
                return .list(items)
            },
            NativeFunction("enumerate", arity: 1...2, doc: "enumerate(iterable, start = 0) — a list of [index, item] pairs") { args in
                let start = args.count == 2 ? try args.int(1) : 0
                return .list(try args.elements(0).enumerated().map { .list([.int(start + $0.offset), $0.element]) })
            },
            NativeFunction("zip", arity: 0...Int.max, doc: "zip(a, b, …) — a list of [a[i], b[i], …], as long as the shortest") { args in
                let lists = try (0..<args.count).map { try args.elements($0) }
                let count = lists.map(\.count).min() ?? 0
                return .list((0..<count).map { i in .list(lists.map { $0[i] }) })
            },
        ]
    }

    static func length(_ value: Value) throws -> Int {
        if case .object(let o) = value {
            switch o.kind {
            case .string: return unsafeDowncast(o, to: StringObject.self).count
            case .list: return unsafeDowncast(o, to: ListObject.self).items.count
            case .map: return unsafeDowncast(o, to: MapObject.self).entries.count
            case .range: return try unsafeDowncast(o, to: RangeObject.self).count()
            default: break
            }
        }
        throw ScriptError.type("len() expects a string, list, map or range, got \(value.typeName)")
    }

    /// `min`/`max` of a list argument or of several arguments, by `key:` if given.
    private static func extreme(_ args: Arguments, wantsLess: Bool) throws -> Value {
        let items = args.count == 1 ? try args.elements(0) : (0..<args.count).map { args[$0] }
        guard var best = items.first else {
            throw ScriptError.value("\(args.functionName)() of an empty list")
        }
        let key = args.label("key")
        var bestKey = try key.map { try args.call($0, with: best) } ?? best
        for item in items.dropFirst() {
            let itemKey = try key.map { try args.call($0, with: item) } ?? item
            let better = wantsLess ? try Comparison.less(itemKey, bestKey) : try Comparison.less(bestKey, itemKey)
            if better {
                best = item
                bestKey = itemKey
            }
        }
        return best
    }

    /// A stable sort by `key:` (a function) and `reverse:`, shared by `sorted` and `list.sort`.
    static func sortValues(_ items: inout [Value], args: Arguments) throws {
        let reverse = try args.bool(label: "reverse", default: false)
        var keys = items
        if let key = args.label("key"), !(key.isNil) {
            keys = try items.map { try args.call(key, with: $0) }
        } else if let ints = HomogeneousSort.sortedInts(items, reverse: reverse) {
            items = ints
            return
        }
        if let order = HomogeneousSort.order(of: keys, reverse: reverse) {
            items = order.map { items[$0] }
            return
        }
        var order = Array(items.indices)
        try StableSort.sort(&order) { a, b in
            reverse ? try Comparison.less(keys[b], keys[a]) : try Comparison.less(keys[a], keys[b])
        }
        items = order.map { items[$0] }
    }
}

extension Value {
    var isNil: Bool {
        if case .nil = self { return true }
        return false
    }
}
