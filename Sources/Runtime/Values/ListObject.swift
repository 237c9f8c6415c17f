/// A mutable list, shared by reference.
public final class ListObject: Obj {
    // @exclusivity(unchecked) in this file: see "Exclusivity" in Sources/Runtime/README.md.
    @exclusivity(unchecked) public var items: ContiguousArray<Value>

    public init(_ items: ContiguousArray<Value> = []) {
        self.items = items
        super.init(kind: .list)
    }

    deinit {
        NestedRelease.release(containersIn: &items)
    }

    public override var typeName: String { "list" }

    /// The item at a non-negative `index`, or nil past the end; read through
    /// the property's address, so the array is not retained and released.
    @inline(__always) func item(at index: Int) -> Value? {
        withUnsafeMutablePointer(to: &items) { $0.pointee.indices.contains(index) ? $0.pointee[index] : nil }
    }
    override var isTruthy: Bool { !items.isEmpty }
}
