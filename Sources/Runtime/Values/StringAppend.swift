/// `s += t` on a variable whose string nothing else holds (no other variable,
/// list, map key or constant): the text is appended in place, so building a
/// string piece by piece takes linear time, as CPython does for a uniquely
/// referenced string. A string held anywhere else is never changed: `+=`
/// then makes a new one, which the variable alone holds from then on.
enum StringAppend {
    /// Appends `piece` to the string in `slot` when the slot is its only holder.
    /// Nothing is copied out of the slot or `piece` first: a copy would be one
    /// more holder (and a retain and release on every `+=`).
    @inline(never)
    static func inPlace(_ slot: UnsafeMutablePointer<Value>, _ piece: borrowing Value) -> Bool {
        switch piece {
        case .object(let right) where right.kind == .string:
            return inPlace(slot, appending: right)
        default:
            return false
        }
    }

    private static func inPlace(_ slot: UnsafeMutablePointer<Value>, appending right: Obj) -> Bool {
        // Moved out, so the only reference counted is this function's own when
        // nobody else holds the string (in debug builds too).
        let old = slot.move()
        guard case .object(var target) = old else {
            slot.initialize(to: old)
            return false
        }
        defer { slot.initialize(to: .object(target)) }
        guard target.kind == .string, isKnownUniquelyReferenced(&target) else { return false }
        Unmanaged.passUnretained(unsafeDowncast(target, to: StringObject.self))._withUnsafeGuaranteedRef {
            $0.append(unsafeDowncast(right, to: StringObject.self))
        }
        return true
    }
}
