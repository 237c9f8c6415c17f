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
    // The member and index instructions, out of the dispatch loop (which
    // stays small and fast). Each reads the object where it lies, in a local's
    // slot or on the stack, so the object is not retained and released.

    /// `object.name` with the object on top of the stack, replaced by the member.
    @inline(never)
    func memberInPlace(_ top: UnsafeMutablePointer<Value>, nameID: Int) throws {
        top.pointee = try member(ofSlot: top, nameID: nameID)
    }

    /// `p.x` where `slot` holds `p`: a map's field read in place (when `x` is
    /// no map method's name); methods, missing keys and other values take the long way.
    @inline(never)
    func member(ofSlot slot: UnsafeMutablePointer<Value>, nameID: Int) throws -> Value {
        if let object = Self.unretainedObject(in: slot),
            let value = object._withUnsafeGuaranteedRef({ o -> Value? in
                guard o.kind == .map else { return nil }
                let member = names.memberKey(nameID)
                guard !member.isMapMethod else { return nil }
                return unsafeDowncast(o, to: MapObject.self).field(member.key)
            })
        {
            return value
        }
        return try member(of: slot.pointee, nameID: nameID)
    }

    /// The object a slot holds, without a reference of its own: only for a
    /// read that ends before anything can change the slot.
    @inline(__always) static func unretainedObject(in slot: UnsafeMutablePointer<Value>) -> Unmanaged<Obj>? {
        if case .object(let o) = slot.pointee { return Unmanaged.passUnretained(o) }
        return nil
    }

    /// `xs[k]` where `slot` holds `xs` and k is a non-negative constant.
    @inline(never)
    func item(ofSlot slot: UnsafeMutablePointer<Value>, at index: Int) throws -> Value {
        // The list is read through an unretained reference: no retain and
        // release of it around the read (nothing runs that could free it).
        if let object = Self.unretainedObject(in: slot),
            let item = object._withUnsafeGuaranteedRef({ o in
                o.kind == .list ? unsafeDowncast(o, to: ListObject.self).item(at: index) : nil
            })
        {
            return item
        }
        return try Subscript.get(slot.pointee, .int(index))
    }

    /// `p.x = v` where `slot` holds `p` and `value` points at v (left for the caller to pop).
    @inline(never)
    func setMember(ofSlot slot: UnsafeMutablePointer<Value>, nameID: Int, to value: UnsafeMutablePointer<Value>) throws {
        if case .object(let o) = slot.pointee, o.kind == .map {
            unsafeDowncast(o, to: MapObject.self).setField(names.key(nameID), to: value.pointee)
            return
        }
        try setMember(of: slot.pointee, nameID: nameID, to: value.pointee)
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
