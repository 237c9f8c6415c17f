/// The top-level names of an interpreter and their values. The compiler turns
/// each global name into an index once; the VM reads the values through a
/// pointer. Values are only added while compiling, never while code runs.
final class GlobalTable {
    // @exclusivity(unchecked) in this file: see "Exclusivity" in Sources/Runtime/README.md.
    @exclusivity(unchecked) private(set) var names: [String] = []
    @exclusivity(unchecked) private var indexByName: [String: Int] = [:]
    @exclusivity(unchecked) private(set) var values: UnsafeMutablePointer<Value>
    @exclusivity(unchecked) private var capacity: Int

    init() {
        capacity = 512
        values = .allocate(capacity: capacity)
        // Room for every builtin and a script's own names without rehashing.
        names.reserveCapacity(capacity)
        indexByName.reserveCapacity(capacity)
    }

    /// The names, their indexes and their values at one moment, to start another table from.
    struct Layout {
        let names: [String]
        let indexByName: [String: Int]
        let values: [Value]
    }

    var layout: Layout {
        Layout(names: names, indexByName: indexByName, values: Array(UnsafeBufferPointer(start: values, count: names.count)))
    }

    /// A table holding what `layout` held.
    init(_ layout: Layout) {
        capacity = max(512, layout.names.count * 2)
        values = .allocate(capacity: capacity)
        names = layout.names
        indexByName = layout.indexByName
        layout.values.withUnsafeBufferPointer { values.initialize(from: $0.baseAddress!, count: $0.count) }
    }

    deinit {
        values.deinitialize(count: names.count)
        values.deallocate()
    }

    /// The index of `name`, adding it (undefined) if new.
    func index(of name: String) -> Int {
        if let index = indexByName[name] { return index }
        if names.count == capacity { grow() }
        let index = names.count
        values.advanced(by: index).initialize(to: .undefined)
        names.append(name)
        indexByName[name] = index
        return index
    }

    func define(_ name: String, _ value: Value) {
        values[index(of: name)] = value
    }

    func value(of name: String) -> Value? {
        guard let index = indexByName[name] else { return nil }
        if case .undefined = values[index] { return nil }
        return values[index]
    }

    /// Names that currently hold a value.
    var definedNames: [String] {
        names.indices.compactMap { i in
            if case .undefined = values[i] { return nil }
            return names[i]
        }
    }

    private func grow() {
        let newCapacity = capacity * 2
        let newValues = UnsafeMutablePointer<Value>.allocate(capacity: newCapacity)
        newValues.moveInitialize(from: values, count: names.count)
        values.deallocate()
        values = newValues
        capacity = newCapacity
    }
}

/// Member and method names, interned to small integers so a method call
/// finds its builtin by array index instead of by string. Also the string
/// constants of every compiled function, one object per text, so `p.x` finds
/// the key `x` of `{x: 1}` by identity, its hash already known.
final class NameTable {
    @exclusivity(unchecked) private(set) var names: [String] = []
    @exclusivity(unchecked) private var idByName: [String: Int] = [:]
    /// The map key of each name (`p.x`) and whether a map method has that
    /// name, made when first asked for: one read finds both.
    @exclusivity(unchecked) private var keys: [MemberKey?] = []
    @exclusivity(unchecked) private var strings: [String: StringObject] = [:]

    /// A member name as a map key, and whether it names a map method (which
    /// `p.name` on a map means instead of the key: spec section 8).
    struct MemberKey {
        let key: MapKey
        let isMapMethod: Bool
    }

    func id(of name: String) -> Int {
        if let id = idByName[name] { return id }
        names.append(name)
        idByName[name] = names.count - 1
        return names.count - 1
    }

    func name(_ id: Int) -> String { names[id] }

    /// The map key for the member name `id`: the interned string of its text.
    @inline(__always) func key(_ id: Int) -> MapKey { memberKey(id).key }

    /// The map key for the member name `id`, and whether a map method has that name.
    @inline(__always) func memberKey(_ id: Int) -> MemberKey {
        // Through the property's address: the array is not retained per read.
        let known = withUnsafeMutablePointer(to: &keys) { id < $0.pointee.count ? $0.pointee[id] : nil }
        return known ?? makeKey(id)
    }

    private func makeKey(_ id: Int) -> MemberKey {
        if keys.count <= id { keys += Array(repeating: nil, count: id + 1 - keys.count) }
        let key = MemberKey(key: MapKey(.object(interned(names[id])))!, isMapMethod: MethodTables.mapMethodNames.contains(names[id]))
        keys[id] = key
        return key
    }

    /// `str(i)` for 0 ≤ i < 1,000: one string object each, made when first
    /// asked for, as CPython keeps its one-character strings.
    @exclusivity(unchecked) private var smallIntTexts: [StringObject?] = []

    @inline(__always) func text(ofSmallInt value: Int) -> StringObject? {
        guard value >= 0, value < 1_000 else { return nil }
        if value < smallIntTexts.count, let known = smallIntTexts[value] { return known }
        if smallIntTexts.isEmpty { smallIntTexts = Array(repeating: nil, count: 1_000) }
        let made = StringObject(String(value))
        smallIntTexts[value] = made
        return made
    }

    /// The one string object for `text` among the program's constants. Never
    /// changed in place: the constants hold it (`StringAppend`).
    func interned(_ text: String) -> StringObject {
        if let known = strings[text] { return known }
        let object = StringObject(text)
        _ = object.hashCode
        strings[text] = object
        return object
    }
}
