/// Methods of lists: `append pop insert remove contains index sort reverse map filter`.
enum ListMethods {
    static var all: [NativeFunction] {
        [
            Runtime.method("append", 1, on: ListObject.self, doc: "xs.append(item) — adds item at the end") { list, args in
                list.items.append(args[0])
                return .nil
            },
            Runtime.method("pop", 0...1, on: ListObject.self, doc: "xs.pop(index = -1) — removes and returns the item at index (the last one by default)") { list, args in
                if list.items.isEmpty { throw ScriptError.index("pop() from an empty list") }
                let index = args.count == 1 ? try Subscript.position(args[0], count: list.items.count, in: "list") : list.items.count - 1
                return list.items.remove(at: index)
            },
            Runtime.method("insert", 2, on: ListObject.self, doc: "xs.insert(index, item) — puts item before position index") { list, args in
                let i = try args.int(0, "an index")
                let count = list.items.count
                let index = i < 0 ? max(0, i + count) : min(i, count)
                list.items.insert(args[1], at: index)
                return .nil
            },
            Runtime.method("remove", 1, on: ListObject.self, doc: "xs.remove(item) — removes the first item equal to it; a ValueError if there is none") { list, args in
                guard let index = list.items.firstIndex(where: { Equality.equal($0, args[0]) }) else {
                    throw ScriptError.value("remove(): \(Printer.repr(args[0])) is not in the list")
                }
                list.items.remove(at: index)
                return .nil
            },
            Runtime.method("contains", 1, on: ListObject.self, doc: "xs.contains(item) — whether an item equals it") { list, args in .bool(list.items.contains { Equality.equal($0, args[0]) }) },
            Runtime.method("index", 1, on: ListObject.self, doc: "xs.index(item) — the position of the first item equal to it; a ValueError if there is none") { list, args in
                guard let index = list.items.firstIndex(where: { Equality.equal($0, args[0]) }) else {
                    throw ScriptError.value("index(): \(Printer.repr(args[0])) is not in the list")
                }
                return .int(index)
            },
            Runtime.method("sort", 0...0, on: ListObject.self, labels: ["key", "reverse"], doc: "xs.sort(key: fn, reverse: false) — sorts the list in place (stable)") { list, args in
                var items = Array(list.items)
                try CollectionBuiltins.sortValues(&items, args: args)
                list.items = ContiguousArray(items)
                return .nil
            },
            Runtime.method("reverse", 0, on: ListObject.self, doc: "xs.reverse() — reverses the list in place") { list, _ in
                list.items.reverse()
                return .nil
            },
            Runtime.method("map", 1, on: ListObject.self, doc: "xs.map(fn) — a new list of fn(item) for each item") { list, args in
                let function = args[0]
                var mapped = ContiguousArray<Value>()
                mapped.reserveCapacity(list.items.count)
                for item in list.items { mapped.append(try args.call(function, with: item)) }
                return .object(ListObject(mapped))
            },
            Runtime.method("filter", 1, on: ListObject.self, doc: "xs.filter(fn) — a new list of the items for which fn(item) is truthy") { list, args in
                let function = args[0]
                var kept = ContiguousArray<Value>()
                for item in list.items where try args.call(function, with: item).isTruthy { kept.append(item) }
                return .object(ListObject(kept))
            },
        ]
    }
}
