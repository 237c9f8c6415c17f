/// The builtin methods of each builtin type, found by interned name id.
final class MethodTable {
    // @exclusivity(unchecked) in this file: see "Exclusivity" in Sources/Runtime/README.md.
    @exclusivity(unchecked) private var byName: [String: NativeFunction] = [:]
    @exclusivity(unchecked) private var byID: [Unmanaged<NativeFunction>?] = []
    private let names: NameTable

    init(names: NameTable, _ byName: [String: NativeFunction]) {
        self.names = names
        self.byName = byName
    }

    /// Functions by name, for a table's `byName` (made once per process).
    static func byName(_ functions: [NativeFunction]) -> [String: NativeFunction] {
        Dictionary(functions.map { ($0.name, $0) }, uniquingKeysWith: { _, last in last })
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

    /// The methods, by name, for `help()`.
    var functions: [NativeFunction] { byName.values.sorted { $0.name < $1.name } }
}

/// The methods of strings, lists and maps (values of the language itself), and
/// the members of every native type: a host's, the primitives', tasks' and errors'.
final class MethodTables {
    let string: MethodTable
    let list: MethodTable
    let map: MethodTable
    let natives: NativeMemberCache
    /// The types of the heap values that are not `NativeObject`s but are declared as native types.
    private let taskType = TaskObject.nativeType
    private let errorType = ErrorObject.nativeType
    private static let stringMethods = MethodTable.byName(StringMethods.all)
    private static let listMethods = MethodTable.byName(ListMethods.all)
    private static let mapMethods = MethodTable.byName(MapMethods.all)
    /// The names `p.name` on a map means a method by, not a key (spec section 8).
    static let mapMethodNames = Set(mapMethods.keys)

    init(names: NameTable) {
        string = MethodTable(names: names, Self.stringMethods)
        list = MethodTable(names: names, Self.listMethods)
        map = MethodTable(names: names, Self.mapMethods)
        natives = NativeMemberCache(names: names)
    }

    func method(of receiver: Value, nameID: Int) -> Unmanaged<NativeFunction>? {
        guard case .object(let object) = receiver else { return nil }
        return method(of: object, nameID: nameID)
    }

    /// The method for the value a stack slot holds, without copying the value.
    @inline(__always) func method(of slot: UnsafeMutablePointer<Value>, nameID: Int) -> Unmanaged<NativeFunction>? {
        guard case .object(let object) = slot.pointee else { return nil }
        return method(of: object, nameID: nameID)
    }

    @inline(__always) private func method(of object: Obj, nameID: Int) -> Unmanaged<NativeFunction>? {
        switch object.kind {
        case .string: return string.lookup(nameID)
        case .list: return list.lookup(nameID)
        case .map: return map.lookup(nameID)
        case .native: return natives.method(in: unsafeDowncast(object, to: NativeObject.self).type, nameID: nameID)
        case .task: return natives.method(in: taskType, nameID: nameID)
        default: return nil
        }
    }

    /// The native type of a heap value declared through one (native objects, tasks, errors).
    func nativeType(of object: Obj) -> NativeType? {
        switch object.kind {
        case .native: return unsafeDowncast(object, to: NativeObject.self).type
        case .task: return taskType
        case .error: return errorType
        default: return nil
        }
    }

    func methodNames(of receiver: Value) -> [String] {
        guard case .object(let object) = receiver else { return [] }
        switch object.kind {
        case .string: return string.methodNames
        case .list: return list.methodNames
        case .map: return map.methodNames
        default: return nativeType(of: object)?.memberNames(of: object) ?? []
        }
    }
}
