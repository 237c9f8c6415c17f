/// Which member of a native type an interned name is, remembered per name id:
/// one entry per name, so a method call or field read on a native object costs
/// an array read and a compare when the name was last used on the same type,
/// and a dictionary lookup otherwise. Types are shared tables; the ids are
/// this interpreter's own, which is why the cache lives in the VM.
final class NativeMemberCache {
    private struct Entry {
        var type: ObjectIdentifier?
        /// The member's slot in the type, or -1 when it has none of that name.
        var slot: Int
    }

    // @exclusivity(unchecked) in this file: see "Exclusivity" in Sources/Runtime/README.md.
    @exclusivity(unchecked) private var entries: ContiguousArray<Entry> = []
    /// Every type an entry names, kept alive so that its identifier is never reused by another.
    @exclusivity(unchecked) private var seen: [ObjectIdentifier: NativeType] = [:]
    private let names: NameTable

    init(names: NameTable) {
        self.names = names
    }

    /// The slot of the member named by `nameID` in `type`, if it has one.
    @inline(__always) func slot(in type: NativeType, nameID: Int) -> Int? {
        if nameID < entries.count, entries[nameID].type == ObjectIdentifier(type) {
            let slot = entries[nameID].slot
            return slot >= 0 ? slot : nil
        }
        return lookUp(type, nameID)
    }

    /// The method named by `nameID`, if `type` has a method of that name.
    @inline(__always) func method(in type: NativeType, nameID: Int) -> Unmanaged<NativeFunction>? {
        guard let slot = slot(in: type, nameID: nameID) else { return nil }
        return type.methodPointers[slot]
    }

    /// The field named by `nameID` read from `object`, if its type has one of that name.
    func field(of object: Obj, type: NativeType, nameID: Int) -> Value? {
        if let slot = slot(in: type, nameID: nameID), case .field(let read) = type.members[slot] { return read(object) }
        return type.otherField?(object, names.name(nameID))
    }

    private func lookUp(_ type: NativeType, _ nameID: Int) -> Int? {
        if nameID >= entries.count {
            entries.append(contentsOf: repeatElement(Entry(type: nil, slot: -1), count: names.names.count - entries.count))
        }
        let identifier = ObjectIdentifier(type)
        if seen[identifier] == nil { seen[identifier] = type }
        let slot = type.slot(of: names.name(nameID))
        entries[nameID] = Entry(type: identifier, slot: slot ?? -1)
        return slot
    }
}
