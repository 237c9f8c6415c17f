import Runtime
import Synchronization

/// One connection to an SQLite database. Its statements run on its own
/// worker thread, in the order given, never on the interpreter's thread. A
/// statement whose task stops waiting (it was cancelled) is interrupted if it
/// is running and dropped if it has not started; one given by a task that was
/// cancelled already (a `ROLLBACK` on the way out) runs as usual.
final class SQLiteSession: DatabaseConnection {
    private let worker: SQLiteWorker
    private let handle: SQLiteHandle
    private let progress = Mutex(Progress())

    private init(worker: SQLiteWorker, handle: SQLiteHandle) {
        self.worker = worker
        self.handle = handle
    }

    deinit {
        // A pool dropped without close() (a REPL's :reset, a host's interpreter released).
        let handle = self.handle
        worker.submit { handle.close() }
        worker.stop()
    }

    /// Transactions take the write lock at BEGIN, so two of them through one
    /// pool wait for each other instead of one failing with "database is locked".
    var beginStatement: String { "BEGIN IMMEDIATE" }

    static func open(_ url: String) async throws -> SQLiteSession {
        let path = SQLiteURL.path(of: url)
        let worker = SQLiteWorker()
        do {
            let handle = try await worker.perform {
                let handle = try SQLiteHandle.open(path)
                do {
                    // A file that is not a database opens; its first read says so.
                    _ = try handle.run("SELECT count(*) FROM sqlite_master", [], counting: false)
                } catch {
                    handle.close()
                    throw error
                }
                return handle
            }
            return SQLiteSession(worker: worker, handle: handle)
        } catch let failure as DatabaseFailure {
            worker.stop()
            throw DatabaseFailure("cannot open \(SQLiteURL.place(of: path)): \(failure.message)", code: failure.code)
        }
    }

    func run(_ sql: String, _ values: [SQLValue], counting: Bool) async throws -> SQLResult {
        let ticket = progress.withLock { $0.take() }
        let cancelledBefore = Task.isCancelled
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                worker.submit { [self] in
                    guard progress.withLock({ $0.start(ticket) }) else {
                        return continuation.resume(throwing: CancellationError())
                    }
                    let result = Result { try handle.run(sql, values, counting: counting) }
                    progress.withLock { $0.finish() }
                    continuation.resume(with: result)
                }
            }
        } onCancel: { [self] in
            guard !cancelledBefore else { return }
            progress.withLock { state in
                if state.running == ticket { handle.interrupt() } else { state.givenUp.insert(ticket) }
            }
        }
    }

    func close() async {
        let handle = self.handle
        try? await worker.perform { handle.close() }
        worker.stop()
    }

    /// Which statement runs now, and which were given up before they started.
    private struct Progress {
        private var next = 0
        private(set) var running: Int?
        var givenUp: Set<Int> = []

        mutating func take() -> Int {
            next += 1
            return next
        }

        /// Whether the statement is still wanted; if so it runs from now.
        mutating func start(_ ticket: Int) -> Bool {
            if givenUp.remove(ticket) != nil { return false }
            running = ticket
            return true
        }

        mutating func finish() { running = nil }
    }
}
