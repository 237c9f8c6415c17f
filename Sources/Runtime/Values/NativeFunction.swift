/// A function written in Swift: a builtin, a method of a builtin type, or one a
/// host registered. Builtins and host functions are registered the same way,
/// from tables of these.
///
/// `@unchecked Sendable`: immutable once made, and its body runs on the thread
/// of the interpreter calling it. The builtins keep no state of their own, so
/// interpreters on different threads share them; a host function registered
/// with several interpreters must guard any state it keeps.
public final class NativeFunction: @unchecked Sendable {
    public typealias Body = (Arguments) throws -> Value

    public let name: String
    /// Fewest and most positional arguments accepted (`Int.max`: any number).
    public let minArguments: Int
    public let maxArguments: Int
    /// Labels accepted; a call with another label is a `TypeError`.
    public let labels: Set<String>
    /// What `help()` shows: the signature, ` — `, and one line on what it does
    /// (`sleep(seconds) — an awaitable that finishes after that many seconds`).
    public let doc: String
    let body: Body

    public init(
        _ name: String, arity: ClosedRange<Int>, labels: Set<String> = [], doc: String = "", _ body: @escaping Body
    ) {
        self.name = name
        self.minArguments = arity.lowerBound
        self.maxArguments = arity.upperBound
        self.labels = labels
        self.doc = doc
        self.body = body
    }

    public convenience init(
        _ name: String, arity: Int, labels: Set<String> = [], doc: String = "", _ body: @escaping Body
    ) {
        self.init(name, arity: arity...arity, labels: labels, doc: doc, body)
    }

    /// Checks the argument count and labels, with the same messages everywhere.
    func checkArity(count: Int, labels given: [String: Value]) throws {
        for label in given.keys.sorted() where !labels.contains(label) {
            let accepted = labels.isEmpty ? "no labelled arguments" : "labels " + labels.sorted().joined(separator: ", ")
            throw ScriptError.type("\(name)() got an unexpected label '\(label):' (it takes \(accepted))")
        }
        if count < minArguments || count > maxArguments {
            throw ScriptError.type("\(name)() \(expectation), got \(count)")
        }
    }

    private var expectation: String {
        if minArguments == maxArguments {
            return "expects \(minArguments) argument\(minArguments == 1 ? "" : "s")"
        }
        if maxArguments == Int.max { return "expects at least \(minArguments) argument\(minArguments == 1 ? "" : "s")" }
        return "expects \(minArguments) to \(maxArguments) arguments"
    }
}

/// The arguments of one native call: a view of the calling fiber's stack.
/// The checked accessors (`int`, `string`, `nanoseconds`…) are `ArgumentList`'s.
public struct Arguments: ArgumentList {
    /// Where the arguments start in the calling fiber's stack. Kept as an index
    /// because a callback into script code may move the stack.
    // unowned(unsafe): the fiber and VM outlive every native call made on them,
    // and counting references here would cost every builtin call.
    unowned(unsafe) let fiber: Fiber
    let baseIndex: Int
    /// Number of positional arguments.
    public let count: Int
    public let labels: [String: Value]
    /// Whether this is a method call; the receiver sits just below the arguments.
    let hasReceiver: Bool
    let function: Unmanaged<NativeFunction>
    unowned(unsafe) let vm: VM

    var base: UnsafeMutablePointer<Value> { fiber.state.pointee.stack + baseIndex }

    public subscript(index: Int) -> Value { base[index] }

    public var functionName: String { function._withUnsafeGuaranteedRef { $0.name } }

    /// The object a method was called on (`xs` in `xs.append(1)`), else nil.
    public var receiver: Value { hasReceiver ? base[-1] : .nil }

    /// The receiver as a given object type (methods are only looked up on their own type).
    @inline(__always) func receiverObject<T: Obj>(_ type: T.Type) -> T {
        guard case .object(let o) = base[-1] else { preconditionFailure("method called without its receiver") }
        return unsafeDowncast(o, to: T.self)
    }
}
