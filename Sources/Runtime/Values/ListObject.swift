/// A mutable list, shared by reference.
public final class ListObject: Obj {
    // @exclusivity(unchecked) in this file: see "Exclusivity" in Sources/Runtime/README.md.
    @exclusivity(unchecked) public var items: ContiguousArray<Value>

    public init(_ items: ContiguousArray<Value> = []) {
        self.items = items
        super.init(kind: .list)
    }

    deinit {
        guard NestedRelease.containsContainers(items) else { return }
        NestedRelease.hold(items)
        items = []
        NestedRelease.drain()
    }

    public override var typeName: String { "list" }
    override var isTruthy: Bool { !items.isEmpty }
}
