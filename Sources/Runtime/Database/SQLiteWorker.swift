import DequeModule
import Glibc

/// The thread of one SQLite connection: its jobs run there one after another,
/// in the order they were given, each to its end. A statement blocks only
/// this thread, never the interpreter's, and costs one wake each way instead
/// of the thread pool, event loop and task hops of sqlite-nio's `query`
/// (docs/PERFORMANCE.md, "Databases").
final class SQLiteWorker: @unchecked Sendable {
    // @unchecked Sendable: the queue and the flag are only touched under `mutex`.
    private var mutex = pthread_mutex_t()
    private var condition = pthread_cond_t()
    private var jobs = Deque<@Sendable () -> Void>()
    private var stopping = false

    init() {
        pthread_mutex_init(&mutex, nil)
        pthread_cond_init(&condition, nil)
        var thread = pthread_t()
        // The thread holds the worker until `stop()` lets it end.
        let context = Unmanaged.passRetained(self).toOpaque()
        pthread_create(&thread, nil, runSQLiteWorker, context)
        pthread_detach(thread)
    }

    func submit(_ job: @escaping @Sendable () -> Void) {
        pthread_mutex_lock(&mutex)
        jobs.append(job)
        pthread_cond_signal(&condition)
        pthread_mutex_unlock(&mutex)
    }

    /// Ends the thread once the jobs given before have run.
    func stop() {
        pthread_mutex_lock(&mutex)
        stopping = true
        pthread_cond_signal(&condition)
        pthread_mutex_unlock(&mutex)
    }

    fileprivate func runJobs() {
        while true {
            pthread_mutex_lock(&mutex)
            while jobs.isEmpty && !stopping { pthread_cond_wait(&condition, &mutex) }
            guard let job = jobs.popFirst() else {
                pthread_mutex_unlock(&mutex)
                return
            }
            pthread_mutex_unlock(&mutex)
            job()
        }
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
