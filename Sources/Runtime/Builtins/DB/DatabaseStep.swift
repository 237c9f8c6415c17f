/// An awaitable whose await is a closure: `db.open`, and the way into and
/// out of `acquire()` and `transaction()` blocks.
final class DatabaseStep: AwaitableObject {
    private let body: (TaskObject, VM) throws -> Value?

    init(name: String, _ body: @escaping (TaskObject, VM) throws -> Value?) {
        self.body = body
        super.init(name: name)
    }

    override func await(by task: TaskObject, in vm: VM) throws -> Value? {
        try body(task, vm)
    }
}
