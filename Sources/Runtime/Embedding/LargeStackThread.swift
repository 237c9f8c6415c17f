import Glibc

/// Runs work on a new thread with a large stack and waits for it. The parser,
/// resolver and compiler recurse once per level of syntactic nesting (up to
/// the 1,000-level limit), and a native callback into script code runs a
/// nested VM loop; 8 MB (a debug build's main thread) is not always enough.
enum LargeStackThread {
    static let stackSize = 512 << 20

    static func run(_ work: @escaping () -> Void) {
        let box = WorkBox(work)
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, stackSize)
        var thread = pthread_t()
        let context = Unmanaged.passRetained(box).toOpaque()
        let created = pthread_create(&thread, &attributes, runWorkBox, context)
        guard created == 0 else {
            Unmanaged<WorkBox>.fromOpaque(context).release()
            work()
            return
        }
        pthread_join(thread, nil)
    }
}

private func runWorkBox(_ context: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    Unmanaged<WorkBox>.fromOpaque(context!).takeRetainedValue().work()
    return nil
}

/// The work, handed to the thread through an opaque pointer.
private final class WorkBox {
    let work: () -> Void

    init(_ work: @escaping () -> Void) {
        self.work = work
    }
}
