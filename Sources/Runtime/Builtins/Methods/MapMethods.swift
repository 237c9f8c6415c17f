/// Methods of maps: `get keys values items has remove`.
enum MapMethods {
    static var all: [NativeFunction] {
        [
            Runtime.method("get", 1...2, on: MapObject.self, doc: "m.get(key, default = nil) — the value for key, or default") { map, args in
                guard let key = MapKey(args[0]) else { throw Subscript.badKey(args[0]) }
                return map.entries[key] ?? args.optional(1) ?? .nil
            },
            Runtime.method("keys", 0, on: MapObject.self, doc: "m.keys() — the keys, in insertion order") { map, _ in .list(map.entries.keys.map(\.value)) },
            Runtime.method("values", 0, on: MapObject.self, doc: "m.values() — the values, in insertion order") { map, _ in .list(Array(map.entries.values)) },
            Runtime.method("items", 0, on: MapObject.self, doc: "m.items() — [key, value] pairs, in insertion order") { map, _ in .list(map.entries.map { .list([$0.key.value, $0.value]) }) },
            Runtime.method("has", 1, on: MapObject.self, doc: "m.has(key) — whether the map holds key") { map, args in .bool(MapKey(args[0]).map { map.entries[$0] != nil } ?? false) },
            Runtime.method("remove", 1, on: MapObject.self, doc: "m.remove(key) — removes key and returns its value; a KeyError if it is missing") { map, args in
                guard let key = MapKey(args[0]) else { throw Subscript.badKey(args[0]) }
                guard let value = map.entries.removeValue(forKey: key) else {
                    throw map.missing(args[0])
                }
                return value
            },
        ]
    }
}
