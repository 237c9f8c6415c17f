/// The kind of a native object (`Semaphore`, `Lock`, `Queue`, a timeout scope…):
/// its name for `type()` and its methods, looked up like those of lists.
final class NativeType {
    let name: String
    let methods: MethodTable

    init(name: String, names: NameTable, methods: [NativeFunction]) {
        self.name = name
        self.methods = MethodTable(names: names, methods)
    }
}

/// A value made by a builtin that has its own methods and fields. A native
/// object is a `with` context when its type has `enter` and `exit` methods,
/// and can be iterated with `for await` when it overrides `nextForAwait`.
class NativeObject: Obj {
    unowned let type: NativeType

    init(type: NativeType) {
        self.type = type
        super.init(kind: .native)
    }

    override var typeName: String { type.name }

    /// What `print` shows, e.g. `<Semaphore 3/5>`.
    var display: String { "<\(type.name)>" }

    /// A field read as `obj.name` (methods are found first).
    func field(_ name: String) -> Value? { nil }

    /// The fields `field(_:)` answers, for completion.
    var fieldNames: [String] { [] }

    /// Whether `for await x in obj` works.
    var isAsyncIterable: Bool { false }

    /// The next value for `for await`: a value, `.undefined` when finished, or
    /// nil after suspending the task until one arrives.
    func nextForAwait(by task: TaskObject, in vm: VM) throws -> Value? {
        throw ScriptError.type("'for await' needs an async generator or a queue, got \(type.name)")
    }
}
