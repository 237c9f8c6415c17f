/// Methods of maps: `get keys values items has remove`.
enum MapMethods {
    static var all: [NativeFunction] {
        [
            method("get", 1...2) { map, args in
                guard let key = MapKey(args[0]) else { throw Subscript.badKey(args[0]) }
                return map.entries[key] ?? args.optional(1) ?? .nil
            },
            method("keys", 0) { map, _ in .list(map.entries.keys.map(\.value)) },
            method("values", 0) { map, _ in .list(Array(map.entries.values)) },
            method("items", 0) { map, _ in .list(map.entries.map { .list([$0.key.value, $0.value]) }) },
            method("has", 1) { map, args in .bool(MapKey(args[0]).map { map.entries[$0] != nil } ?? false) },
            method("remove", 1) { map, args in
                guard let key = MapKey(args[0]) else { throw Subscript.badKey(args[0]) }
                guard let value = map.entries.removeValue(forKey: key) else {
                    throw ScriptError.key(Printer.repr(args[0]))
                }
                return value
            },
        ]
    }

    private static func method(
        _ name: String, _ arity: Int, _ body: @escaping (MapObject, Arguments) throws -> Value
    ) -> NativeFunction {
        Runtime.method(name, arity...arity, on: MapObject.self, body)
    }

    private static func method(
        _ name: String, _ arity: ClosedRange<Int>, _ body: @escaping (MapObject, Arguments) throws -> Value
    ) -> NativeFunction {
        Runtime.method(name, arity, on: MapObject.self, body)
    }
}
