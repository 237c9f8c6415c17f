/// `< <= > >=`: numbers with numbers, strings with strings, lists element by element.
enum Comparison {
    static func less(_ l: Value, _ r: Value) throws -> Bool {
        try order(l, r, op: "<").map { $0 < 0 } ?? false
    }

    static func lessOrEqual(_ l: Value, _ r: Value) throws -> Bool {
        try order(l, r, op: "<=").map { $0 <= 0 } ?? false
    }

    /// -1, 0 or 1; nil when the values are unordered (a NaN).
    static func order(_ l: Value, _ r: Value, op: String) throws -> Int? {
        switch (l, r) {
        case (.int(let a), .int(let b)): return a < b ? -1 : (a == b ? 0 : 1)
        case (.object(let a), .object(let b)) where a.kind == .string && b.kind == .string:
            let x = unsafeDowncast(a, to: StringObject.self).value
            let y = unsafeDowncast(b, to: StringObject.self).value
            return x < y ? -1 : (x == y ? 0 : 1)
        case (.object(let a), .object(let b)) where a.kind == .list && b.kind == .list:
            let x = unsafeDowncast(a, to: ListObject.self).items
            let y = unsafeDowncast(b, to: ListObject.self).items
            for (p, q) in zip(x, y) where !Equality.equal(p, q) {
                return try order(p, q, op: op)
            }
            return x.count < y.count ? -1 : (x.count == y.count ? 0 : 1)
        default:
            if let (a, b) = Arithmetic.floats(l, r) {
                if a.isNaN || b.isNaN { return nil }
                return a < b ? -1 : (a == b ? 0 : 1)
            }
            throw Arithmetic.unsupported(op, l, r)
        }
    }
}

/// `==`: by value for nil, bools, numbers (`1 == 1.0`), strings, lists and maps; by identity otherwise.
enum Equality {
    static func equal(_ l: Value, _ r: Value, depth: Int = 0) -> Bool {
        switch (l, r) {
        case (.nil, .nil): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.function(let a), .function(let b)): return a.toOpaque() == b.toOpaque()
        case (.native(let a), .native(let b)): return a.toOpaque() == b.toOpaque()
        case (.object(let a), .object(let b)):
            if a === b { return true }
            guard a.kind == b.kind, depth < 500 else { return false }
            switch a.kind {
            case .string:
                return unsafeDowncast(a, to: StringObject.self).value == unsafeDowncast(b, to: StringObject.self).value
            case .list:
                let x = unsafeDowncast(a, to: ListObject.self).items
                let y = unsafeDowncast(b, to: ListObject.self).items
                return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1, depth: depth + 1) }
            case .map:
                let x = unsafeDowncast(a, to: MapObject.self).entries
                let y = unsafeDowncast(b, to: MapObject.self).entries
                guard x.count == y.count else { return false }
                for (key, value) in x {
                    guard let other = y[key], equal(value, other, depth: depth + 1) else { return false }
                }
                return true
            case .range:
                let x = unsafeDowncast(a, to: RangeObject.self)
                let y = unsafeDowncast(b, to: RangeObject.self)
                return x.start == y.start && x.stop == y.stop && x.step == y.step
            default:
                return false
            }
        default:
            if let (a, b) = Arithmetic.floats(l, r) { return a == b }
            return false
        }
    }
}

/// `x in c` and `x not in c`.
enum Membership {
    static func contains(_ container: Value, _ item: Value) throws -> Bool {
        if case .object(let o) = container {
            switch o.kind {
            case .list: return unsafeDowncast(o, to: ListObject.self).items.contains { Equality.equal($0, item) }
            case .map:
                guard let key = MapKey(item) else { return false }
                return unsafeDowncast(o, to: MapObject.self).entries[key] != nil
            case .string:
                guard case .object(let needle) = item, needle.kind == .string else {
                    throw ScriptError.type("'in <string>' needs a string on the left, got \(item.typeName)")
                }
                let text = unsafeDowncast(needle, to: StringObject.self).value
                return text.isEmpty || unsafeDowncast(o, to: StringObject.self).value.contains(text)
            case .range:
                let range = unsafeDowncast(o, to: RangeObject.self)
                guard case .int(let i) = item else { return false }
                let inBounds = range.step > 0 ? (i >= range.start && i < range.stop) : (i <= range.start && i > range.stop)
                return inBounds && (i - range.start) % range.step == 0
            default: break
            }
        }
        throw ScriptError.type("'in' needs a list, map, string or range on the right, got \(container.typeName)")
    }
}
