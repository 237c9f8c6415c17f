/// `< <= > >=`: numbers with numbers, strings with strings, lists element by element.
enum Comparison {
    static func less(_ l: Value, _ r: Value) throws -> Bool {
        try order(l, r, op: "<").map { $0 < 0 } ?? false
    }

    static func lessOrEqual(_ l: Value, _ r: Value) throws -> Bool {
        try order(l, r, op: "<=").map { $0 <= 0 } ?? false
    }

    /// -1, 0 or 1; nil when the values are unordered (a NaN).
    static func order(_ l: Value, _ r: Value, op: String, depth: Int = 0) throws -> Int? {
        switch (l, r) {
        case (.int(let a), .int(let b)): return a < b ? -1 : (a == b ? 0 : 1)
        case (.object(let a), .object(let b)) where a.kind == .string && b.kind == .string:
            let x = unsafeDowncast(a, to: StringObject.self).value
            let y = unsafeDowncast(b, to: StringObject.self).value
            return x < y ? -1 : (x == y ? 0 : 1)
        case (.object(let a), .object(let b)) where a.kind == .list && b.kind == .list:
            let x = unsafeDowncast(a, to: ListObject.self).items
            let y = unsafeDowncast(b, to: ListObject.self).items
            if depth > 10_000 {
                throw ScriptError(ErrorKind.recursionError, "lists nested too deeply to compare with '\(op)'")
            }
            for (p, q) in zip(x, y) where !Equality.equal(p, q) {
                return try order(p, q, op: op, depth: depth + 1)
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
/// Lists and maps are compared with an explicit worklist, so depth costs no native stack, and a
/// pair of containers met again while being compared counts as equal, so cycles end.
enum Equality {
    static func equal(_ l: Value, _ r: Value) -> Bool {
        switch shallow(l, r) {
        case .equal: return true
        case .different: return false
        case .containers: break
        }
        var pending: [(Value, Value)] = [(l, r)]
        var comparing: Set<ObjectPair> = []
        while let (a, b) = pending.popLast() {
            switch shallow(a, b) {
            case .equal: continue
            case .different: return false
            case .containers(let x, let y):
                guard comparing.insert(ObjectPair(x, y)).inserted else { continue }
                if x.kind == .list {
                    let first = unsafeDowncast(x, to: ListObject.self).items
                    let second = unsafeDowncast(y, to: ListObject.self).items
                    guard first.count == second.count else { return false }
                    pending.append(contentsOf: zip(first, second).reversed())
                } else {
                    let first = unsafeDowncast(x, to: MapObject.self).entries
                    let second = unsafeDowncast(y, to: MapObject.self).entries
                    guard first.count == second.count else { return false }
                    for (key, value) in first {
                        guard let other = second[key] else { return false }
                        pending.append((value, other))
                    }
                }
            }
        }
        return true
    }

    private enum Shallow {
        case equal, different
        /// Two lists or two maps (not the same object): their contents decide.
        case containers(Obj, Obj)
    }

    private static func shallow(_ l: Value, _ r: Value) -> Shallow {
        switch (l, r) {
        case (.nil, .nil): return .equal
        case (.bool(let a), .bool(let b)): return a == b ? .equal : .different
        case (.int(let a), .int(let b)): return a == b ? .equal : .different
        case (.float(let a), .float(let b)): return a == b ? .equal : .different
        case (.int(let a), .float(let b)), (.float(let b), .int(let a)):
            // Exact, as in Python: 2^63 - 1 is not equal to the float 2^63.
            return Int(exactly: b) == a ? .equal : .different
        case (.function(let a), .function(let b)): return a.toOpaque() == b.toOpaque() ? .equal : .different
        case (.native(let a), .native(let b)): return a.toOpaque() == b.toOpaque() ? .equal : .different
        case (.object(let a), .object(let b)):
            if a === b { return .equal }
            guard a.kind == b.kind else { return .different }
            switch a.kind {
            case .string:
                return unsafeDowncast(a, to: StringObject.self).value == unsafeDowncast(b, to: StringObject.self).value
                    ? .equal : .different
            case .list, .map:
                return .containers(a, b)
            case .range:
                let x = unsafeDowncast(a, to: RangeObject.self)
                let y = unsafeDowncast(b, to: RangeObject.self)
                return x.start == y.start && x.stop == y.stop && x.step == y.step ? .equal : .different
            default:
                return .different
            }
        default:
            return .different
        }
    }
}

/// Two objects being compared, by identity.
private struct ObjectPair: Hashable {
    let first: ObjectIdentifier
    let second: ObjectIdentifier

    init(_ a: Obj, _ b: Obj) {
        first = ObjectIdentifier(a)
        second = ObjectIdentifier(b)
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
                guard inBounds else { return false }
                let (offset, overflow) = i.subtractingReportingOverflow(range.start)
                return !overflow && offset % range.step == 0
            default: break
            }
        }
        throw ScriptError.type("'in' needs a list, map, string or range on the right, got \(container.typeName)")
    }
}
