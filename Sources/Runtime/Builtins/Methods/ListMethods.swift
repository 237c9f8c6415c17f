/// Methods of lists: `append pop insert remove contains index sort reverse map filter`.
enum ListMethods {
    static var all: [NativeFunction] {
        [
            Runtime.method("append", 1, on: ListObject.self) { list, args in
                list.items.append(args[0])
                return .nil
            },
            Runtime.method("pop", 0...1, on: ListObject.self) { list, args in
                if list.items.isEmpty { throw ScriptError.index("pop() from an empty list") }
                let index = args.count == 1 ? try Subscript.position(args[0], count: list.items.count, in: "list") : list.items.count - 1
                return list.items.remove(at: index)
            },
            Runtime.method("insert", 2, on: ListObject.self) { list, args in
                let i = try args.int(0, "an index")
                let count = list.items.count
                let index = i < 0 ? max(0, i + count) : min(i, count)
                list.items.insert(args[1], at: index)
                return .nil
            },
            Runtime.method("remove", 1, on: ListObject.self) { list, args in
                guard let index = list.items.firstIndex(where: { Equality.equal($0, args[0]) }) else {
                    throw ScriptError.value("remove(): \(Printer.repr(args[0])) is not in the list")
                }
                list.items.remove(at: index)
                return .nil
            },
            Runtime.method("contains", 1, on: ListObject.self) { list, args in .bool(list.items.contains { Equality.equal($0, args[0]) }) },
            Runtime.method("index", 1, on: ListObject.self) { list, args in
                guard let index = list.items.firstIndex(where: { Equality.equal($0, args[0]) }) else {
                    throw ScriptError.value("index(): \(Printer.repr(args[0])) is not in the list")
                }
                return .int(index)
            },
            Runtime.method("sort", 0...0, on: ListObject.self, labels: ["key", "reverse"]) { list, args in
                var items = Array(list.items)
                try CollectionBuiltins.sortValues(&items, args: args)
                list.items = ContiguousArray(items)
                return .nil
            },
            Runtime.method("reverse", 0, on: ListObject.self) { list, _ in
                list.items.reverse()
                return .nil
            },
            Runtime.method("map", 1, on: ListObject.self) { list, args in
                .list(try Array(list.items).map { try args.call(args[0], [$0]) })
            },
            Runtime.method("filter", 1, on: ListObject.self) { list, args in
                .list(try Array(list.items).filter { try args.call(args[0], [$0]).isTruthy })
            },
        ]
    }
}
