/// `db`: `await db.open(url, min:, max:, timeout:, latency:)` gives a pool
/// (LANGUAGE.md 6.9) of SQLite or PostgreSQL connections, through the
/// interpreter's `DatabaseDriver`.
extension Module {
    public static let db = Module(
        "db", namespace: true, doc: "databases: SQLite (embedded) and PostgreSQL pools, transactions and batches",
        functions: [DBModule.open],
        types: [PoolObject.nativeType, ConnectionObject.nativeType, TransactionObject.nativeType])
}

enum DBModule {
    /// Seconds a borrower waits for a connection unless `timeout:` says otherwise.
    static let defaultTimeout = 60.0

    static let open = NativeFunction(
        "db.open", arity: 1, labels: ["min", "max", "timeout", "latency"],
        doc: "db.open(url, min: 1, max: 10, timeout: 60, latency: 0) — awaitable: a pool for sqlite::memory:, sqlite:PATH or postgres://user@host:port/db"
    ) { args in
        let url = try args.string(0, "a database URL")
        guard DatabaseURL.backend(of: url) != nil else {
            throw ScriptError(
                ErrorKind.dbError,
                "db.open() takes sqlite::memory:, sqlite:PATH or postgres://user@host:port/database, got \(DatabaseURL.withoutPassword(url))")
        }
        guard let driver = args.vm.databaseDriver else {
            throw ScriptError(ErrorKind.dbError, "this interpreter has no database driver (its host gave it no Configuration.databaseDriver)")
        }
        var maximum = try args.int(label: "max") ?? 10
        var minimum = try args.int(label: "min") ?? 1
        guard maximum >= 1, minimum >= 0, minimum <= maximum else {
            throw ScriptError.value("db.open() needs 0 <= min <= max and max >= 1, got min \(minimum) and max \(maximum)")
        }
        if let limit = driver.connectionLimit(for: url) {
            maximum = min(maximum, limit)
            minimum = min(minimum, maximum)
        }
        let timeout = try args.nanoseconds(label: "timeout") ?? Int64(defaultTimeout * 1e9)
        let latency = try args.nanoseconds(label: "latency") ?? 0
        let pool = PoolObject(url: url, maximum: maximum, acquireTimeout: timeout, latency: latency)
        let box = pool.backend
        let (lowest, highest) = (minimum, maximum)
        let first = max(minimum, 1)
        let poolValue = Value.object(pool)
        return .object(DatabaseStep(name: "db.open") { task, vm in
            let leases = (0..<first).map { _ in DatabaseLease(nil) }
            pool.reserve(first)
            try vm.startOperation(for: task, name: "db.open", detail: "open \(pool.shownURL)") {
                do {
                    box.set(try await driver.open(url, minimum: lowest, maximum: highest))
                    for lease in leases { _ = try await lease.open(with: box) }
                } catch let failure as DatabaseFailure {
                    for lease in leases { await lease.connection?.close() }
                    await box.value?.close()
                    throw failure.scriptError
                }
                return poolValue
            } finished: {
                pool.adopt(leases)
            }
            return nil
        })
    }
}
