/// A value whose fields, methods and behaviour come from a `NativeType`: the
/// builtins' `Semaphore`, `Queue`, `timeout()`…, and a host's own objects
/// (subclass it, keep your state in the subclass, and declare the type with
/// `NativeType(_:of:...)`).
open class NativeObject: Obj {
    public let type: NativeType

    /// Makes an object of `type`, whose declared class must be this object's class (or a superclass of it).
    public init(type: NativeType) {
        self.type = type
        super.init(kind: .native)
        // The type's closures downcast without checking; this is what makes that safe.
        precondition(
            type.isType(of: self),
            "NativeType '\(type.name)' was declared for another class than \(Swift.type(of: self))")
    }

    public override var typeName: String { type.name }
}
