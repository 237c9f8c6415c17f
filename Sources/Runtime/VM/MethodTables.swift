/// The builtin methods of each builtin type, found by interned name id.
final class MethodTable {
    // @exclusivity(unchecked) in this file: see "Exclusivity" in Sources/Runtime/README.md.
    @exclusivity(unchecked) private var byName: [String: NativeFunction] = [:]
    @exclusivity(unchecked) private var byID: [Unmanaged<NativeFunction>?] = []
    private let names: NameTable

    init(names: NameTable, _ functions: [NativeFunction]) {
        self.names = names
        for function in functions { byName[function.name] = function }
    }

    @inline(__always) func lookup(_ id: Int) -> Unmanaged<NativeFunction>? {
        if id < byID.count { return byID[id] }
        return extendAndLookup(id)
    }

    /// Catches up with names interned since the last lookup.
    private func extendAndLookup(_ id: Int) -> Unmanaged<NativeFunction>? {
        while byID.count < names.names.count {
            byID.append(byName[names.name(byID.count)].map { Unmanaged.passUnretained($0) })
        }
        return id < byID.count ? byID[id] : nil
    }

    var methodNames: [String] { Array(byName.keys) }
}

/// One `MethodTable` per builtin type that has methods.
final class MethodTables {
    let string: MethodTable
    let list: MethodTable
    let map: MethodTable
    let task: MethodTable

    init(names: NameTable) {
        string = MethodTable(names: names, StringMethods.all)
        list = MethodTable(names: names, ListMethods.all)
        map = MethodTable(names: names, MapMethods.all)
        task = MethodTable(names: names, TaskMethods.all)
    }

    func method(of receiver: Value, nameID: Int) -> Unmanaged<NativeFunction>? {
        table(for: receiver)?.lookup(nameID)
    }

    /// The method for the value a stack slot holds, without copying the value.
    @inline(__always) func method(of slot: UnsafeMutablePointer<Value>, nameID: Int) -> Unmanaged<NativeFunction>? {
        guard case .object(let object) = slot.pointee else { return nil }
        switch object.kind {
        case .string: return string.lookup(nameID)
        case .list: return list.lookup(nameID)
        case .map: return map.lookup(nameID)
        case .task: return task.lookup(nameID)
        case .native: return unsafeDowncast(object, to: NativeObject.self).type.methods.lookup(nameID)
        default: return nil
        }
    }

    func methodNames(of receiver: Value) -> [String] {
        table(for: receiver)?.methodNames ?? []
    }

    private func table(for receiver: Value) -> MethodTable? {
        guard case .object(let object) = receiver else { return nil }
        switch object.kind {
        case .string: return string
        case .list: return list
        case .map: return map
        case .task: return task
        case .native: return unsafeDowncast(object, to: NativeObject.self).type.methods
        default: return nil
        }
    }
}
