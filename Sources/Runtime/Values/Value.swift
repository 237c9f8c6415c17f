/// A value of AsyncLang. Ints, floats, bools and nil never allocate. Functions
/// without captured variables and builtins are immortal objects owned by the
/// interpreter, so copying them costs no reference counting; everything else
/// (strings, lists, maps, closures, errors, tasks…) is a reference-counted `Obj`.
///
/// `@unchecked Sendable`: a value belongs to the interpreter that made it, and
/// hosts receive results from it across its actor boundary; a host may read a
/// value it holds, but must not change a list or map while scripts run.
public enum Value: @unchecked Sendable {
    case `nil`
    case bool(Bool)
    case int(Int)
    case float(Double)
    /// A script function that captures nothing; the interpreter keeps its prototype alive.
    case function(Unmanaged<FunctionProto>)
    /// A builtin or host function; the interpreter keeps it alive.
    case native(Unmanaged<NativeFunction>)
    case object(Obj)
    /// Internal marker: a global not defined yet, or a parameter whose argument is missing.
    /// Never visible to scripts.
    case undefined
}

extension Value {
    @inlinable public static func string(_ text: String) -> Value { .object(StringObject(text)) }

    public static func list(_ items: [Value]) -> Value { .object(ListObject(ContiguousArray(items))) }

    /// Falsy: `nil`, `false`, `0`, `0.0`, `""`, `[]`, `{}`; everything else is truthy.
    @inline(__always) public var isTruthy: Bool {
        switch self {
        case .bool(let b): return b
        case .nil, .undefined: return false
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .function, .native: return true
        case .object(let o): return o.isTruthy
        }
    }

    /// The name `type()` returns.
    public var typeName: String {
        switch self {
        case .nil, .undefined: return "nil"
        case .bool: return "bool"
        case .int: return "int"
        case .float: return "float"
        case .function, .native: return "fn"
        case .object(let o): return o.typeName
        }
    }

    public var asObject: Obj? {
        if case .object(let o) = self { return o }
        return nil
    }
}

extension Value: CustomStringConvertible {
    /// What `print` would show for the value.
    public var description: String { Printer.display(self) }
}
