/// `obj.name` and `obj.name = value`.
extension VM {
    /// A builtin method (as a bound value), a map key, a field of a range, or a
    /// member of a native type (native objects, tasks, errors).
    /// On a map a method name wins over a key of the same name.
    func member(of object: Value, nameID: Int) throws -> Value {
        if let method = methods.method(of: object, nameID: nameID) {
            return .object(BoundMethod(receiver: object, method: method))
        }
        if case .object(let o) = object {
            switch o.kind {
            case .map:
                let map = unsafeDowncast(o, to: MapObject.self)
                let key = names.key(nameID)
                if let value = map.field(key) { return value }
                throw map.missing(key.value)
            case .range:
                let range = unsafeDowncast(o, to: RangeObject.self)
                switch names.name(nameID) {
                case "start": return .int(range.start)
                case "stop": return .int(range.stop)
                case "step": return .int(range.step)
                default: break
                }
            default:
                if let type = methods.nativeType(of: o),
                    let value = methods.natives.field(of: o, type: type, nameID: nameID)
                {
                    return value
                }
            }
        }
        let name = names.name(nameID)
        var message = "\(object.typeName) has no member '\(name)'"
        if let close = Suggestions.closest(to: name, in: memberNames(of: object)) {
            message += "; did you mean '\(close)'?"
        }
        throw ScriptError.type(message)
    }

    /// What can follow a dot on this value: its methods and fields (and a map's string keys).
    /// `p.x` on a map whose key `x` is no map method's name: the field's
    /// value, read without copying the map's value out of its stack slot.
    @inline(__always) func mapField(_ slot: UnsafeMutablePointer<Value>, nameID: Int) -> Value? {
        guard case .object(let o) = slot.pointee, o.kind == .map, methods.map.lookup(nameID) == nil else { return nil }
        return unsafeDowncast(o, to: MapObject.self).field(names.key(nameID))
    }

    /// `xs[i]` on a list with an item at `i`, read in place; nil for anything else.
    @inline(__always) func listItem(_ slot: UnsafeMutablePointer<Value>, at index: Int) -> Value? {
        guard case .object(let o) = slot.pointee, o.kind == .list else { return nil }
        return unsafeDowncast(o, to: ListObject.self).item(at: index)
    }

    /// `p.x = v` on a map: done in place, false for anything else.
    @inline(__always) func setMapField(
        _ slot: UnsafeMutablePointer<Value>, nameID: Int, to value: UnsafeMutablePointer<Value>
    ) -> Bool {
        guard case .object(let o) = slot.pointee, o.kind == .map else { return false }
        unsafeDowncast(o, to: MapObject.self).setField(names.key(nameID), to: value.pointee)
        return true
    }

    func memberNames(of value: Value) -> [String] {
        var result = methods.methodNames(of: value)
        if case .object(let o) = value {
            switch o.kind {
            case .map:
                for case .string(let key) in unsafeDowncast(o, to: MapObject.self).entries.keys { result.append(key.text) }
            case .range: result += ["start", "stop", "step"]
            default: break
            }
        }
        return Array(Set(result)).sorted()
    }

    func setMember(of object: Value, nameID: Int, to value: Value) throws {
        guard case .object(let o) = object, o.kind == .map else {
            throw ScriptError.type("cannot set member '\(names.name(nameID))' of \(object.typeName); only maps have settable members")
        }
        unsafeDowncast(o, to: MapObject.self).entries[names.key(nameID)] = value
    }
}
