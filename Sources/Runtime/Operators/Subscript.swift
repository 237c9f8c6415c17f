/// `a[i]`, `a[i] = v` and `a[lo:hi]`.
enum Subscript {
    static func get(_ container: Value, _ key: Value) throws -> Value {
        if case .object(let o) = container {
            switch o.kind {
            case .list:
                let list = unsafeDowncast(o, to: ListObject.self)
                // Read in place (the array is not retained per read); negative and bad indexes take the long way.
                if case .int(let index) = key, let item = list.item(at: index) { return item }
                let items = list.items
                return items[try position(key, count: items.count, in: "list")]
            case .string:
                let string = unsafeDowncast(o, to: StringObject.self)
                return .string(string.character(at: try position(key, count: string.count, in: "string")))
            case .map:
                let map = unsafeDowncast(o, to: MapObject.self)
                guard let mapKey = MapKey(key) else { throw badKey(key) }
                if let value = map.field(mapKey) { return value }
                throw map.missing(key)
            case .range:
                let range = unsafeDowncast(o, to: RangeObject.self)
                return .int(range.element(at: try position(key, count: try range.count(), in: "range")))
            default: break
            }
        }
        throw ScriptError.type("\(container.typeName) cannot be indexed")
    }

    static func set(_ container: Value, _ key: Value, _ value: Value) throws {
        if case .object(let o) = container {
            switch o.kind {
            case .list:
                let list = unsafeDowncast(o, to: ListObject.self)
                list.items[try position(key, count: list.items.count, in: "list")] = value
                return
            case .map:
                guard let mapKey = MapKey(key) else { throw badKey(key) }
                unsafeDowncast(o, to: MapObject.self).entries[mapKey] = value
                return
            case .string:
                throw ScriptError.type("strings cannot be changed in place; build a new string instead")
            default: break
            }
        }
        throw ScriptError.type("\(container.typeName) does not support item assignment")
    }

    static func slice(_ container: Value, _ low: Value, _ high: Value) throws -> Value {
        guard case .object(let o) = container else {
            throw ScriptError.type("\(container.typeName) cannot be sliced")
        }
        switch o.kind {
        case .list:
            let items = unsafeDowncast(o, to: ListObject.self).items
            let (start, end) = try bounds(low, high, count: items.count)
            return .object(ListObject(ContiguousArray(items[start..<end])))
        case .string:
            let string = unsafeDowncast(o, to: StringObject.self)
            let (start, end) = try bounds(low, high, count: string.count)
            return .string(string.substring(start, end))
        default:
            throw ScriptError.type("\(container.typeName) cannot be sliced")
        }
    }

    /// A checked index, negative ones counting from the end.
    static func position(_ key: Value, count: Int, in what: String) throws -> Int {
        guard case .int(let i) = key else {
            throw ScriptError.type("\(what) indexes must be integers, got \(key.typeName)")
        }
        let index = i < 0 ? i + count : i
        guard index >= 0 && index < count else {
            throw ScriptError.index("\(what) index \(i) is out of range (length \(count))")
        }
        return index
    }

    /// Python's slice bounds: clamped, negative from the end, nil meaning open.
    static func bounds(_ low: Value, _ high: Value, count: Int) throws -> (Int, Int) {
        func clamp(_ value: Value, _ fallback: Int) throws -> Int {
            switch value {
            case .nil: return fallback
            case .int(let i): return i < 0 ? max(0, i + count) : min(i, count)
            default: throw ScriptError.type("slice bounds must be integers or nil, got \(value.typeName)")
            }
        }
        let start = try clamp(low, 0)
        let end = try clamp(high, count)
        return (start, max(start, end))
    }

    static func badKey(_ key: Value) -> ScriptError {
        ScriptError.type("a map key must be a string, int, float, bool or nil, not \(key.typeName)")
    }
}
