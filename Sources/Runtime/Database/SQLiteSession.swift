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

    func start(
        _ sql: String, _ values: [SQLValue], counting: Bool,
        completion: @escaping @Sendable (Result<SQLResult, any Error>) -> Void
    ) -> @Sendable () -> Void {
        let ticket = progress.withLock { $0.take() }
        worker.submit { [self] in
            guard progress.withLock({ $0.start(ticket) }) else { return completion(.failure(CancellationError())) }
            let result = Result { try handle.run(sql, values, counting: counting) }
            progress.withLock { $0.finish() }
            completion(result)
        }
        return { [self] in
            progress.withLock { state in
                switch state.stage(of: ticket) {
                case .running: handle.interrupt()
                case .waiting: state.giveUp(ticket)
                case .over: break
                }
            }
        }
    }

    func run(_ sql: String, _ values: [SQLValue], counting: Bool) async throws -> SQLResult {
        // A statement given by a task cancelled already (a ROLLBACK on the way out) runs as usual.
        guard !Task.isCancelled else {
            return try await withCheckedThrowingContinuation { continuation in
                _ = start(sql, values, counting: counting) { continuation.resume(with: $0) }
            }
        }
        let cancellation = CancelSlot()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                cancellation.set(start(sql, values, counting: counting) { continuation.resume(with: $0) })
            }
        } onCancel: {
            cancellation.cancel()
        }
    }

    func close() async {
        let handle = self.handle
        try? await worker.perform { handle.close() }
        worker.stop()
    }

    /// Which statement runs now, which were given up before they started, and
    /// how far the worker got (it starts them in the order they were taken).
    private struct Progress {
        enum Stage { case waiting, running, over }

        private var next = 0
        private var lastStarted = 0
        private var running: Int?
        private var givenUp: Set<Int> = []

        mutating func take() -> Int {
            next += 1
            return next
        }

        func stage(of ticket: Int) -> Stage {
            if running == ticket { return .running }
            return ticket > lastStarted ? .waiting : .over
        }

        mutating func giveUp(_ ticket: Int) { givenUp.insert(ticket) }

        /// Whether the statement is still wanted; if so it runs from now.
        mutating func start(_ ticket: Int) -> Bool {
            lastStarted = ticket
            if givenUp.remove(ticket) != nil { return false }
            running = ticket
            return true
        }

        mutating func finish() { running = nil }
    }
}

/// The cancel action of a statement, which may come after the cancellation it answers.
private final class CancelSlot: Sendable {
    private let state = Mutex<(action: (@Sendable () -> Void)?, cancelled: Bool)>((nil, false))

    func set(_ action: @escaping @Sendable () -> Void) {
        let cancelledAlready = state.withLock { state in
            state.action = action
            return state.cancelled
        }
        if cancelledAlready { action() }
    }

    func cancel() {
        let action = state.withLock { state in
            state.cancelled = true
            return state.action
        }
        action?()
    }
}
