import Synchronization

/// One connection of a pool, lent to a statement, an `acquire()` or a
/// transaction. It may be empty: the pool had room for another connection,
/// which the work that holds the lease opens first (off the interpreter's
/// thread), so that opening and the first statement are one native operation.
final class DatabaseLease: Sendable {
    private let held = Mutex<(any DatabaseConnection)?>(nil)
    /// Set by the work that holds it: the connection is lost (not lent again),
    /// or an `acquire()`/`transaction()` got it ready and keeps it.
    private let marks = Mutex<(lost: Bool, kept: Bool)>((false, false))

    init(_ connection: (any DatabaseConnection)?) {
        held.withLock { $0 = connection }
    }

    var connection: (any DatabaseConnection)? { held.withLock { $0 } }

    /// The connection, opened through `backend` if the lease came empty.
    func open(with backend: BackendBox) async throws -> any DatabaseConnection {
        if let connection { return connection }
        guard let opened = try await backend.value?.connect() else {
            throw DatabaseFailure("the database is not open yet")
        }
        held.withLock { $0 = opened }
        return opened
    }

    var isLost: Bool { marks.withLock { $0.lost } }
    var isKept: Bool { marks.withLock { $0.kept } }
    func markLost() { marks.withLock { $0.lost = true } }
    func markKept() { marks.withLock { $0.kept = true } }
    func unmarkKept() { marks.withLock { $0.kept = false } }
}

/// The pool's backend, set once `db.open` has opened the database.
final class BackendBox: Sendable {
    private let held = Mutex<(any DatabaseBackend)?>(nil)

    var value: (any DatabaseBackend)? { held.withLock { $0 } }
    func set(_ backend: any DatabaseBackend) { held.withLock { $0 = backend } }
}
