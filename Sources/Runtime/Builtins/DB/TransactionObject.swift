/// `with pool.transaction() as tx { await tx.execute(…) }`: one connection
/// for the block, `BEGIN` on the way in, `COMMIT` when the block ends and
/// `ROLLBACK` when an error leaves it — a cancellation too, so a `with
/// timeout` expiring inside leaves no partial rows.
final class TransactionObject: NativeObject, DatabaseSession {
    private let parent: any DatabaseSession
    private enum State {
        case notBegun
        case open(DatabaseLease, owned: Bool)
        case ended
    }
    private var state = State.notBegun

    init(_ parent: any DatabaseSession) {
        self.parent = parent
        super.init(type: Self.nativeType)
    }

    var pool: PoolObject { parent.pool }
    var inTransaction: Bool { true }

    func heldLease() throws -> DatabaseLease? {
        switch state {
        case .open(let lease, _): return lease
        case .notBegun: throw ScriptError(ErrorKind.dbError, "use the transaction inside `with pool.transaction() as tx { … }`")
        case .ended: throw ScriptError(ErrorKind.dbError, "this transaction has ended (committed or rolled back); start another")
        }
    }

    private var stateName: String {
        switch state {
        case .notBegun: "not begun"
        case .open: "open"
        case .ended: "ended"
        }
    }

    /// BEGIN on the parent's connection, or on one the pool lends for the block.
    private func begin(_ task: TaskObject, _ vm: VM) throws -> Value? {
        guard case .notBegun = state else {
            throw ScriptError(ErrorKind.dbError, "a transaction is used by one `with` block only; start another")
        }
        let pool = self.pool
        let detail = "BEGIN (\(pool.shownURL))"
        let me = Value.object(self)
        let work: @Sendable (any DatabaseConnection) async throws -> Value = { connection in
            _ = try await connection.run(connection.beginStatement, [], counting: true)
            return me
        }
        if let lease = try parent.heldLease() {
            state = .open(lease, owned: false)
            try DatabaseWork.begin(on: lease, owned: false, pool: pool, task: task, vm: vm, name: "db.begin", detail: detail, work)
            return nil
        }
        try pool.lend(to: task, in: vm) { [self] lease in
            state = .open(lease, owned: true)
            DatabaseWork.beginLent(
                lease, pool: pool, task: task, vm: vm, name: "db.begin", detail: detail, keep: true, undoIfAbandoned: true, work)
        }
        return nil
    }

    /// COMMIT, or ROLLBACK when `error` left the block; then the lease goes back.
    private func end(_ error: ErrorObject?, _ task: TaskObject, _ vm: VM) throws -> Value? {
        guard case .open(let lease, let owned) = state else { return .bool(false) }
        state = .ended
        let statement = error == nil ? "COMMIT" : "ROLLBACK"
        let pool = self.pool
        // BEGIN failed: its work gave the lease back already.
        if owned && !lease.isKept { return .bool(false) }
        if owned { lease.unmarkKept() }
        try DatabaseWork.begin(
            on: lease, owned: owned, pool: pool, task: task, vm: vm, name: "db." + statement.lowercased(),
            detail: "\(statement) (\(pool.shownURL))"
        ) { connection in
            _ = try await connection.run(statement, [], counting: true)
            return .bool(false)
        }
        return nil
    }

    static let nativeType: NativeType = NativeType(
        "transaction", of: TransactionObject.self, doc: "a transaction, `with pool.transaction() as tx { … }`: commits at the end of the block, rolls back on an error or a cancellation",
        fields: [NativeField("state", doc: "state — \"not begun\", \"open\" or \"ended\"") { .string($0.stateName) }],
        methods: DatabaseMethods.statements(on: TransactionObject.self),
        context: NativeContext(
            enter: { tx, _ in .object(DatabaseStep(name: "db.begin") { task, vm in try tx.begin(task, vm) }) },
            exit: { tx, error, _ in .object(DatabaseStep(name: "db.commit") { task, vm in try tx.end(error, task, vm) }) }),
        display: { "<transaction \($0.stateName) on \($0.pool.shownURL)>" })
}
