import Glibc

/// Runs a closure on a new thread with a stack of the given size and waits for
/// it: work that drives interpreters on the calling thread (an executor
/// drained by its caller) needs the stack an interpreter's own thread has.
enum LargeStackThread {
    static func run<T>(stackSize: Int, _ body: @escaping () -> T) -> T {
        let box = ThreadWork(body)
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        pthread_attr_setstacksize(&attributes, stackSize)
        var thread = pthread_t()
        let context = Unmanaged.passRetained(box).toOpaque()
        let status = pthread_create(&thread, &attributes, { context in
            Unmanaged<AnyThreadWork>.fromOpaque(context!).takeRetainedValue().perform()
            return nil
        }, context)
        pthread_attr_destroy(&attributes)
        guard status == 0 else {
            Unmanaged<ThreadWork<T>>.fromOpaque(context).release()
            fatalError("could not start a thread: \(String(cString: strerror(status)))")
        }
        pthread_join(thread, nil)
        return box.result!
    }
}

private class AnyThreadWork {
    func perform() {}
}

private final class ThreadWork<T>: AnyThreadWork, @unchecked Sendable {
    // @unchecked Sendable: `result` is written by the thread before it ends and read after the join.
    let body: () -> T
    var result: T?
    init(_ body: @escaping () -> T) { self.body = body }
    override func perform() { result = body() }
}
