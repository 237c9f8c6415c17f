import Glibc
import Runtime

/// The thread of one SQLite connection: its jobs run there one after another,
/// in the order they were given, each to its end. A statement blocks only
/// this thread, never the interpreter's, and costs one wake each way instead
/// of the thread pool, event loop and task hops of sqlite-nio's `query`
/// (docs/PERFORMANCE.md, "Databases"); the queue spins a moment before it
/// sleeps, so the next statement of a busy script rarely needs a wake at all.
final class SQLiteWorker: Sendable {
    private let jobs = HandoffQueue<@Sendable () -> Void>()

    init() {
        var thread = pthread_t()
        // The thread holds the worker until `stop()` lets it end.
        let context = Unmanaged.passRetained(self).toOpaque()
        pthread_create(&thread, nil, runSQLiteWorker, context)
        pthread_detach(thread)
    }

    func submit(_ job: @escaping @Sendable () -> Void) {
        jobs.push(job)
    }

    /// Ends the thread once the jobs given before have run.
    func stop() {
        jobs.close()
    }

    fileprivate func runJobs() {
        while let job = jobs.pop() { job() }
    }
}

private func runSQLiteWorker(_ context: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    let worker = Unmanaged<SQLiteWorker>.fromOpaque(context!).takeRetainedValue()
    worker.runJobs()
    return nil
}

extension SQLiteWorker {
    /// Runs `body` on the worker's thread and gives what it returned.
    func perform<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            submit { continuation.resume(with: Result(catching: body)) }
        }
    }
}
