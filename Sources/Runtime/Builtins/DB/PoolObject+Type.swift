extension PoolObject {
    static let nativeType: NativeType = NativeType(
        "pool", of: PoolObject.self, doc: "a pool of database connections, from `await db.open(url, min:, max:, timeout:)`",
        fields: [
            NativeField("url", doc: "url — the database it opened (without a password)") { .string($0.shownURL) },
            NativeField("max", doc: "max — connections at most") { .int($0.maximum) },
            NativeField("closed", doc: "closed — whether close() was called") { .bool($0.isClosed) },
        ],
        methods: DatabaseMethods.statements(on: PoolObject.self) + [
            NativeMethod(
                "acquire", arity: 0,
                doc: "acquire() — `with pool.acquire() as conn { … }`: one connection for the block, given back when it ends"
            ) { pool, _ in
                if pool.isClosed { throw PoolObject.closedError(pool.shownURL) }
                return .object(ConnectionObject(pool))
            },
            NativeMethod("stats", arity: 0, doc: "stats() — {\"size\", \"idle\", \"in_use\", \"waiting\", \"max\"} of the pool now") {
                pool, _ in pool.stats
            },
            NativeMethod("close", arity: 0, doc: "close() — awaitable: waits for the statements in flight, then closes every connection") {
                pool, _ in .object(CloseOperation(pool))
            },
        ],
        display: { "<pool \($0.shownURL) \($0.inUse)/\($0.maximum) in use\($0.isClosed ? ", closed" : "")>" })

    /// The first connections (`min:`) are open: they wait for borrowers.
    func adopt(_ leases: [DatabaseLease]) {
        for lease in leases {
            if lease.connection != nil { idle.append(lease) } else { shrink() }
        }
    }
}
