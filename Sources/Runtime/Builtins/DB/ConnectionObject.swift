/// `with pool.acquire() as conn { … }`: one connection of the pool for the
/// block (statements on it run in order, and see each other's effects), given
/// back when the block ends.
final class ConnectionObject: NativeObject, DatabaseSession {
    let pool: PoolObject
    private enum State {
        case waiting
        case held(DatabaseLease)
        case released
    }
    private var state = State.waiting

    init(_ pool: PoolObject) {
        self.pool = pool
        super.init(type: Self.nativeType)
    }

    var inTransaction: Bool { false }

    func heldLease() throws -> DatabaseLease? {
        switch state {
        case .held(let lease): return lease
        case .waiting: throw ScriptError(ErrorKind.dbError, "use the connection inside `with pool.acquire() as conn { … }`")
        case .released: throw ScriptError(ErrorKind.dbError, "this connection went back to its pool when its `with` block ended")
        }
    }

    private func acquire(_ task: TaskObject, _ vm: VM) throws -> Value? {
        guard case .waiting = state else {
            throw ScriptError(ErrorKind.dbError, "an acquired connection is used by one `with` block only; acquire another")
        }
        let me = Value.object(self)
        try pool.lend(to: task, in: vm) { [self] lease in
            state = .held(lease)
            DatabaseWork.beginLent(
                lease, pool: pool, task: task, vm: vm, name: "db.acquire", detail: "connect \(pool.shownURL)", keep: true
            ) { _ in me }
        }
        return nil
    }

    private func release(_ vm: VM) {
        guard case .held(let lease) = state else { return }
        state = .released
        guard lease.isKept else { return }  // never opened: already given back
        lease.unmarkKept()
        pool.giveBack(lease, in: vm)
    }

    static let nativeType: NativeType = NativeType(
        "connection", of: ConnectionObject.self, doc: "one connection of a pool, held by `with pool.acquire() as conn { … }`",
        methods: DatabaseMethods.statements(on: ConnectionObject.self),
        context: NativeContext(
            enter: { conn, _ in .object(DatabaseStep(name: "db.acquire") { task, vm in try conn.acquire(task, vm) }) },
            exit: { conn, _, args in
                conn.release(args.vm)
                return .bool(false)
            }),
        display: { "<connection to \($0.pool.shownURL)>" })
}
