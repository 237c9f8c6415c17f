/// `s += t` on a variable whose string nothing else holds (no other variable,
/// list, map key or constant): the text is appended in place, so building a
/// string piece by piece takes linear time, as CPython does for a uniquely
/// referenced string. A string held anywhere else is never changed: `+=`
/// then makes a new one, which the variable alone holds from then on.
enum StringAppend {
    /// Appends `piece` to the string in `slot` when the slot is its only holder.
    @inline(__always)
    static func inPlace(_ slot: UnsafeMutablePointer<Value>, _ piece: Value) -> Bool {
        guard case .object(let right) = piece, right.kind == .string, case .object = slot.pointee else { return false }
        return appendIfUnique(slot, unsafeDowncast(right, to: StringObject.self))
    }

    /// The slot's value is moved out, so the only reference counted is this
    /// function's own when nobody else holds it (in debug builds too).
    @inline(never)
    private static func appendIfUnique(_ slot: UnsafeMutablePointer<Value>, _ piece: StringObject) -> Bool {
        guard case .object(var target) = slot.move() else { fatalError("StringAppend: not an object") }
        defer { slot.initialize(to: .object(target)) }
        guard target.kind == .string, isKnownUniquelyReferenced(&target) else { return false }
        unsafeDowncast(target, to: StringObject.self).append(piece)
        return true
    }
}
