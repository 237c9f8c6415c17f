/// The tag every heap value carries, so the VM can branch on a byte and
/// `unsafeDowncast` instead of using dynamic casts.
public enum ObjKind: UInt8 {
    case string, list, map, closure, box, error, range, generator, coroutine, boundMethod, native, functionProto,
        nativeFunction, iterator, task, awaitable
}

/// Base class of every heap value.
open class Obj {
    public let kind: ObjKind

    init(kind: ObjKind) { self.kind = kind }

    /// `type()` of the value.
    public var typeName: String { "object" }

    var isTruthy: Bool { true }
}
