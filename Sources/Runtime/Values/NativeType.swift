/// The type of a native object, declared from tables the way Lua's `luaL_Reg`
/// and Wren's foreign classes are: a name (what `type()` returns and printing
/// shows), fields, methods, and optionally a `with` context, awaiting and
/// iteration. Every builtin type (`Semaphore`, `Queue`, `task`, `timeout`,
/// `error`…) is declared this way, and a host declares its own with the same
/// initializer and registers it in a `Module`.
///
/// A type is an immutable table, so one type may serve any number of
/// interpreters; each object refers to its type.
///
/// ```swift
/// final class Counter: NativeObject { var count = 0 }
/// let counterType = NativeType(
///     "Counter", of: Counter.self,
///     constructor: NativeFunction("Counter", arity: 0) { _ in .object(Counter(type: counterType)) },
///     fields: [NativeField("count") { .int($0.count) }],
///     methods: [NativeMethod("add", arity: 1) { counter, args in
///         counter.count += try args.int(0); return .nil }])
/// ```
public final class NativeType: @unchecked Sendable {
    // @unchecked Sendable: immutable once made; its closures only ever run on the
    // thread of the interpreter that owns the object they are given.

    /// What `type()` returns, e.g. `"Semaphore"`.
    public let name: String
    /// The function that makes objects of this type (`Semaphore(2)`); a module
    /// that lists the type registers it under its own name.
    public let constructor: NativeFunction?
    /// What `help()` says of the type: its constructor's doc, or this.
    public let doc: String
    /// What `help()` says of each field.
    let fieldDocs: [String: String]
    let members: [NativeMember]
    /// Each member's method, unretained (nil for fields), for the VM's fast path.
    let methodPointers: [Unmanaged<NativeFunction>?]
    private let memberIndex: [String: Int]
    /// Fields that differ from object to object (an error's `url` or `code`, a module's functions).
    let otherField: ((Obj, String) -> Value?)?
    let otherFieldNames: ((Obj) -> [String])?
    /// `with obj { }`: see `NativeContext`.
    let enter: NativeFunction?
    let exit: NativeFunction?
    /// `await obj`: the result at once, or nil after suspending the task.
    let awaiting: ((Obj, TaskObject, VM) throws -> Value?)?
    /// `for await x in obj`: the next item, `.undefined` at the end, or nil after suspending the task.
    let asyncNext: ((Obj, TaskObject, VM) throws -> Value?)?
    /// `for x in obj`: the items, in order.
    let elements: ((Obj) throws -> [Value])?
    private let describe: ((Obj) -> String)?
    private let admits: (Obj) -> Bool

    /// Declares a type. `of` is the class of its objects (a `NativeObject`
    /// subclass); every closure receives the object already of that class.
    public convenience init<Object: Obj>(
        _ name: String, of objectClass: Object.Type, constructor: NativeFunction? = nil, doc: String = "",
        fields: [NativeField<Object>] = [], methods: [NativeMethod<Object>] = [],
        context: NativeContext<Object>? = nil,
        awaiting: ((Object) throws -> NativeAwait)? = nil,
        asyncNext: ((Object) throws -> NativeNext)? = nil,
        elements: ((Object) throws -> [Value])? = nil,
        display: ((Object) -> String)? = nil
    ) {
        self.init(
            name, of: objectClass, constructor: constructor, doc: doc, fields: fields, methods: methods,
            context: context,
            awaitingInVM: awaiting.map { hook in { object, task, vm in try vm.settle(hook(object), for: task) } },
            nextInVM: asyncNext.map { hook in { object, task, vm in try vm.settle(hook(object), for: task) } },
            elements: elements, display: display)
    }

    /// The same, with hooks that reach the VM (builtins only): they return a
    /// value at once, or nil after suspending the task; `nextInVM` returns
    /// `.undefined` at the end.
    init<Object: Obj>(
        _ name: String, of _: Object.Type, constructor: NativeFunction? = nil, doc: String = "",
        fields: [NativeField<Object>] = [], methods: [NativeMethod<Object>] = [],
        otherFields: (get: (Object, String) -> Value?, names: (Object) -> [String])? = nil,
        context: NativeContext<Object>? = nil,
        awaitingInVM: ((Object, TaskObject, VM) throws -> Value?)?,
        nextInVM: ((Object, TaskObject, VM) throws -> Value?)?,
        elements: ((Object) throws -> [Value])? = nil,
        display: ((Object) -> String)? = nil
    ) {
        self.name = name
        self.constructor = constructor
        self.doc = constructor?.doc ?? doc
        fieldDocs = Dictionary(fields.map { ($0.name, $0.doc) }, uniquingKeysWith: { first, _ in first })
        // unsafeDowncast, here and below: an object is only ever given to its own
        // type's closures, and `NativeObject.init` checks it is of the declared class.
        var members: [NativeMember] = []
        var index: [String: Int] = [:]
        for field in fields {
            index[field.name] = members.count
            members.append(.field { field.get(unsafeDowncast($0, to: Object.self)) })
        }
        for method in methods {
            index[method.function.name] = members.count
            members.append(.method(method.function))
        }
        self.members = members
        memberIndex = index
        methodPointers = members.map { member in
            if case .method(let function) = member { return Unmanaged.passUnretained(function) }
            return nil
        }
        otherField = otherFields.map { hooks in { hooks.get(unsafeDowncast($0, to: Object.self), $1) } }
        otherFieldNames = otherFields.map { hooks in { hooks.names(unsafeDowncast($0, to: Object.self)) } }
        enter = context?.enter
        exit = context?.exit
        awaiting = awaitingInVM.map { hook in { try hook(unsafeDowncast($0, to: Object.self), $1, $2) } }
        asyncNext = nextInVM.map { hook in { try hook(unsafeDowncast($0, to: Object.self), $1, $2) } }
        self.elements = elements.map { hook in { try hook(unsafeDowncast($0, to: Object.self)) } }
        describe = display.map { hook in { hook(unsafeDowncast($0, to: Object.self)) } }
        admits = { $0 is Object }
    }

    /// Its fields and methods, each with what `help()` says of it, in declaration order.
    var memberDocs: [(name: String, isMethod: Bool, doc: String)] {
        memberIndex.sorted { $0.value < $1.value }.map { name, slot in
            switch members[slot] {
            case .method(let function): return (name, true, function.doc)
            case .field: return (name, false, fieldDocs[name] ?? "")
            }
        }
    }

    /// The slot of the member called `name`, if the type has one.
    func slot(of name: String) -> Int? { memberIndex[name] }

    /// Every field and method name, for completion and "did you mean".
    func memberNames(of object: Obj) -> [String] {
        Array(memberIndex.keys) + (otherFieldNames?(object) ?? [])
    }

    /// What `print` shows: `<Semaphore 3/5>`, or `<Name>` when the type says nothing.
    func display(_ object: Obj) -> String {
        describe?(object) ?? "<\(name)>"
    }

    var isAsyncIterable: Bool { asyncNext != nil }

    func isType(of object: Obj) -> Bool { admits(object) }
}

/// A field or a method of a native type.
enum NativeMember {
    case field((Obj) -> Value)
    case method(NativeFunction)
}

/// A field of a native type, read as `obj.name`.
public struct NativeField<Object: Obj> {
    let name: String
    /// What `help()` shows for it: `value — the permits free now`.
    let doc: String
    let get: (Object) -> Value

    public init(_ name: String, doc: String = "", _ get: @escaping (Object) -> Value) {
        self.name = name
        self.doc = doc
        self.get = get
    }
}

/// A method of a native type: its body gets the object it was called on and the arguments.
public struct NativeMethod<Object: Obj> {
    let function: NativeFunction

    public init(
        _ name: String, arity: ClosedRange<Int>, labels: Set<String> = [], doc: String = "",
        _ body: @escaping (Object, Arguments) throws -> Value
    ) {
        // The receiver is of `Object`'s class: methods are only found on objects of their own type.
        function = NativeFunction(name, arity: arity, labels: labels, doc: doc) { args in
            try body(args.receiverObject(Object.self), args)
        }
    }

    public init(
        _ name: String, arity: Int = 0, labels: Set<String> = [], doc: String = "",
        _ body: @escaping (Object, Arguments) throws -> Value
    ) {
        self.init(name, arity: arity...arity, labels: labels, doc: doc, body)
    }
}

/// What `with obj { }` does with a native object: `enter` runs on the way in
/// (its result, awaited if it is awaitable, is what `as` binds) and `exit` on
/// the way out, with the error that is leaving the block or nil (its result is
/// awaited if awaitable; a true result swallows the error).
public struct NativeContext<Object: Obj> {
    let enter: NativeFunction
    let exit: NativeFunction

    public init(
        enter: @escaping (Object, Arguments) throws -> Value,
        exit: @escaping (Object, ErrorObject?, Arguments) throws -> Value
    ) {
        self.enter = NativeMethod<Object>("enter", arity: 0, enter).function
        self.exit = NativeMethod<Object>("exit", arity: 1) { object, args in
            guard case .object(let thrown) = args[0], thrown.kind == .error else { return try exit(object, nil, args) }
            return try exit(object, unsafeDowncast(thrown, to: ErrorObject.self), args)
        }.function
    }
}

/// What awaiting a host's native object gives: a value at once, or the result
/// of async work that runs as a Swift task (off the interpreter's thread) while
/// the script task waits; cancelling the script task cancels that Swift task.
public enum NativeAwait {
    case value(Value)
    case operation(String, @Sendable () async throws -> Value)
}

/// The next step of `for await x in obj` over a host's native object: an item
/// at once, the end, or async work that gives the next item (nil: the end).
public enum NativeNext {
    case item(Value)
    case end
    case operation(String, @Sendable () async throws -> Value?)
}
