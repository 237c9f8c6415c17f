/// Where a statement runs: the pool lends a connection for each statement;
/// an acquired connection and a transaction hold one for their `with` block.
protocol DatabaseSession: Obj {
    var pool: PoolObject { get }
    /// The lease it holds (nil: borrow one from the pool per statement); throws
    /// when it cannot take statements (outside or after its `with` block).
    func heldLease() throws -> DatabaseLease?
    /// Whether its statements are inside a transaction already (executemany then adds none).
    var inTransaction: Bool { get }
}

extension PoolObject {
    func heldLease() throws -> DatabaseLease? {
        if isClosed { throw Self.closedError(shownURL) }
        return nil
    }
    var inTransaction: Bool { false }
}

extension DatabaseFailure {
    /// `DbError` with the backend's message and `.code` (nil when it has none).
    var scriptError: ScriptError {
        let error = ErrorObject(kind: ErrorKind.dbError, message: message)
        error.fields["code"] = code.map { .string($0) } ?? .nil
        return ScriptError(error)
    }
}
