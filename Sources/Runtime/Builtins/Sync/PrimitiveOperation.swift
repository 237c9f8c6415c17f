/// An awaitable operation of a primitive (`lock.acquire()`, `q.get()`…): it
/// does nothing until awaited, then either completes at once or parks the task.
final class PrimitiveOperation: AwaitableObject {
    private let perform: (TaskObject, VM) throws -> Value?

    init(_ name: String, _ perform: @escaping (TaskObject, VM) throws -> Value?) {
        self.perform = perform
        super.init(name: name)
    }

    override func await(by task: TaskObject, in vm: VM) throws -> Value? {
        try perform(task, vm)
    }
}
