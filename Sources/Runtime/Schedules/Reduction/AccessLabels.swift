/// What to call the shared state a step touched when `:step` shows it, as a
/// student reads it: globals by name (`balance`), objects by the global that
/// first held them (`totals`) or else by type and the order they were first
/// seen (`list 3`), fields by key (`totals.sum`, `xs[0]`). Builtins,
/// functions, the runtime's own objects (tasks, awaitables) and the output
/// (whose text the step shows anyway) get no name and are left out.
final class AccessLabels {
    // @exclusivity(unchecked) in this file: see "Exclusivity" in Sources/Runtime/README.md.
    @exclusivity(unchecked) private var objects: [Int32: String] = [:]
    @exclusivity(unchecked) private var fields: [Int32: String] = [:]
    /// Objects called by a global's name, which later globals do not rename.
    @exclusivity(unchecked) private var namedByGlobal: Set<Int32> = []
    /// The interpreter's globals, for their names (set when it starts). Weak:
    /// the interpreter frees its globals before its code, and steps are
    /// described after it is gone, from what `runEnded` kept.
    weak var globals: GlobalTable?
    /// Each global's name, and whether it holds state worth showing, as the run ended.
    private var globalsAtEnd: [(name: String, shown: Bool)] = []

    /// An object the tracker named `name` for the first time.
    func label(_ object: AnyObject, name: Int32) {
        guard let object = object as? Obj else { return }
        switch object.kind {
        case .list, .map: objects[name] = "\(object.typeName) \(name)"
        case .box: objects[name] = "captured variable \(name)"
        case .native: objects[name] = "\(unsafeDowncast(object, to: NativeObject.self).type.name) \(name)"
        default: break
        }
    }

    /// A field's text, the first time it is seen.
    func label(field: Int32, _ text: String) {
        if fields[field] == nil { fields[field] = text }
    }

    /// The object `name` was stored in the global at `index`.
    func name(_ name: Int32, afterGlobal index: Int) {
        guard !namedByGlobal.contains(name), let text = globals?.names[index] else { return }
        objects[name] = text
        namedByGlobal.insert(name)
    }

    /// The run is over: keeps what `describe` needs of the globals.
    func runEnded() {
        guard let globals else { return }
        globalsAtEnd = globals.names.indices.map { (globals.names[$0], Self.isWorthShowing(globals.values[$0])) }
    }

    /// What a step touched, or nil for what is left out.
    func describe(_ resource: SharedResource) -> String? {
        switch resource.kind {
        case .global:
            let index = Int(resource.id)
            guard index < globalsAtEnd.count, globalsAtEnd[index].shown else { return nil }
            return globalsAtEnd[index].name
        case .object:
            guard let object = objects[resource.id] else { return nil }
            if resource.field == SharedResource.wholeObject { return object }
            return object + (fields[resource.field] ?? "[?]")
        case .output: return nil
        case .random: return "the random generator"
        }
    }

    /// Whether a global's value is state worth showing: not a builtin, a
    /// function or a namespace module (which no step changes).
    private static func isWorthShowing(_ value: Value) -> Bool {
        switch value {
        case .native, .function, .undefined: return false
        case .object(let object) where object.kind == .closure || object is ModuleObject: return false
        default: return true
        }
    }
}
