/// One awaited statement (`await pool.query(sql, …)`): it borrows a
/// connection (or uses the one its session holds), costs the pool's latency
/// on the virtual clock, and runs as native work reported with its SQL.
final class StatementOperation: AwaitableObject {
    enum Kind {
        case execute, query, value
        case batch(BatchRows)
    }

    private let session: any DatabaseSession
    private let statementKind: Kind
    private let sql: String
    private let values: [SQLValue]

    init(_ session: any DatabaseSession, _ kind: Kind, sql: String, values: [SQLValue], name: String) {
        self.session = session
        self.statementKind = kind
        self.sql = sql
        self.values = values
        super.init(name: name)
    }

    override func await(by task: TaskObject, in vm: VM) throws -> Value? {
        let pool = session.pool
        if let lease = try session.heldLease() {
            try DatabaseWork.begin(
                on: lease, owned: false, pool: pool, task: task, vm: vm, name: name, detail: detail, statement: statement,
                work)
            return nil
        }
        try pool.lend(to: task, in: vm) { [self] lease in
            DatabaseWork.beginLent(
                lease, pool: pool, task: task, vm: vm, name: name, detail: detail, statement: statement, work)
        }
        return nil
    }

    /// The statement, when it is one (not a batch).
    private var statement: PostedStatement? {
        switch statementKind {
        case .execute: return PostedStatement(sql: sql, values: values, counting: true) { .int($0.changed) }
        case .query: return PostedStatement(sql: sql, values: values, counting: false, value: SQLValueConversion.rows)
        case .value:
            return PostedStatement(sql: sql, values: values, counting: false) { result in
                result.rows.first?.first.map(SQLValueConversion.value) ?? .nil
            }
        case .batch: return nil
        }
    }

    /// The SQL, shortened to one line, for traces.
    private var detail: String { DatabaseWork.shortened(sql) }

    /// The work as an async call (a connection still to open, a batch).
    private var work: @Sendable (any DatabaseConnection) async throws -> Value {
        if let statement {
            return { statement.value(try await $0.run(statement.sql, statement.values, counting: statement.counting)) }
        }
        guard case .batch(let rows) = statementKind else { preconditionFailure("a single statement has its PostedStatement") }
        let (sql, inTransaction) = (sql, session.inTransaction)
        return { connection in
            .int(try await DatabaseWork.runBatch(BatchPlan(sql, width: rows.width), rows, on: connection, inTransaction: inTransaction))
        }
    }
}

/// Running database work for a script task, shared by statements, `acquire()` and transactions.
enum DatabaseWork {
    /// Starts `work` on a lease the pool has just lent (the task may be waiting
    /// for it already); a failure to start gives the lease back and wakes the task.
    static func beginLent(
        _ lease: DatabaseLease, pool: PoolObject, task: TaskObject, vm: VM, name: String, detail: String,
        keep: Bool = false, undoIfAbandoned: Bool = false, statement: PostedStatement? = nil,
        _ work: @escaping @Sendable (any DatabaseConnection) async throws -> Value
    ) {
        do {
            try begin(
                on: lease, owned: true, pool: pool, task: task, vm: vm, name: name, detail: detail, keep: keep,
                undoIfAbandoned: undoIfAbandoned, statement: statement, work)
        } catch let error as ScriptError {
            pool.giveBack(lease, in: vm)
            vm.scheduler.wake(task, .error(error.error))
        } catch {}
    }

    /// Runs `work` on the lease's connection (opening it first if the lease came
    /// empty), after the pool's latency on the virtual clock. An `owned` lease
    /// goes back to the pool when the work ends, unless `keep` and the work
    /// succeeded (it marks the lease kept).
    static func begin(
        on lease: DatabaseLease, owned: Bool, pool: PoolObject, task: TaskObject, vm: VM, name: String, detail: String,
        keep: Bool = false, undoIfAbandoned: Bool = false, statement: PostedStatement? = nil,
        _ work: @escaping @Sendable (any DatabaseConnection) async throws -> Value
    ) throws {
        let scheduler = vm.scheduler
        let backend = pool.backend
        let abandonment = Abandonment()
        let run: @Sendable () async throws -> Value = {
            let connection: any DatabaseConnection
            do {
                connection = try await lease.open(with: backend)
            } catch let failure as DatabaseFailure {
                throw failure.scriptError
            }
            do {
                let value = try await work(connection)
                if keep { lease.markKept() }
                return value
            } catch let failure as DatabaseFailure {
                if failure.isConnectionLost { lease.markLost() }
                throw failure.scriptError
            }
        }
        let finished = {
            guard owned else { return }
            if !lease.isKept { return pool.giveBack(lease, in: vm) }
            guard abandonment.happened else { return }
            // The task stopped waiting for the lease it was to keep (a timeout
            // during BEGIN): undo what the work began, then lend it again.
            lease.unmarkKept()
            if undoIfAbandoned, let connection = lease.connection {
                Task { _ = try? await connection.run("ROLLBACK", [], counting: true) }
            }
            pool.giveBack(lease, in: vm)
        }
        // What a `with` block enters with is kept even when a cancellation comes
        // before the task runs: the block's exit then gives it back. The work
        // stays on the interpreter's thread until the connection takes it.
        let start = {
            // One statement on an open connection: started there and taken back
            // through the loop's inbox, with no Swift task in between.
            if let statement, !keep, let connection = lease.connection {
                return try vm.startPostedOperation(
                    for: task, name: name, detail: detail,
                    start: { connection.start(statement.sql, statement.values, counting: statement.counting, completion: $0) },
                    convert: { result in try statement.value(of: result, on: lease) }, finished: finished,
                    abandoned: { abandonment.happened = true })
            }
            try vm.startOperation(
                for: task, name: name, detail: detail, run, finished: finished,
                abandoned: { abandonment.happened = true }, handoff: keep ? .committed : .discardable,
                onInterpreterThread: true)
        }
        guard scheduler.isVirtual, pool.latency > 0 else { return try start() }
        let wait = Wait(.native(name: name, detail: detail))
        try scheduler.suspend(task, wait)
        let timer = scheduler.after(nanoseconds: pool.latency) {
            do { try start() } catch let error as ScriptError {
                if owned { pool.giveBack(lease, in: vm) }
                scheduler.wake(task, .error(error.error))
            } catch {}
        }
        wait.cancel = {
            scheduler.timers.disarm(timer)
            if owned { pool.giveBack(lease, in: vm) }
        }
    }

    /// `executemany`: the plan's statements on one connection, inside one
    /// transaction (its own unless one is open), rolled back on any failure or
    /// cancellation between statements. Returns the rows changed.
    static func runBatch(
        _ plan: BatchPlan, _ rows: BatchRows, on connection: any DatabaseConnection, inTransaction: Bool
    ) async throws -> Int {
        guard rows.count > 0 else { return 0 }
        if !inTransaction { _ = try await connection.run(connection.beginStatement, [], counting: true) }
        var changed = 0
        do {
            if !plan.isMultiRow, let all = try await connection.runEach(plan.sql, values: rows.values, width: rows.width) {
                changed = all
            } else {
                for statement in plan.statements(rows) {
                    try Task.checkCancellation()
                    changed += try await connection.run(statement.sql, statement.values, counting: true).changed
                }
            }
            if !inTransaction { _ = try await connection.run("COMMIT", [], counting: true) }
        } catch {
            if !inTransaction { _ = try? await connection.run("ROLLBACK", [], counting: true) }
            throw error
        }
        return changed
    }

    /// One line of at most 60 characters: `INSERT INTO users (name, email) VALUES ($1, $2)`.
    static func shortened(_ sql: String) -> String {
        if isOneShortLine(sql) { return sql }
        let line = sql.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return line.count <= 60 ? line : String(line.prefix(59)) + "…"
    }
}

extension DatabaseWork {
    /// At most 60 bytes, single spaces only, none at either end: already its own
    /// shortened form (the common case, checked without splitting the text).
    fileprivate static func isOneShortLine(_ sql: String) -> Bool {
        let utf8 = sql.utf8
        guard utf8.count <= 60 else { return false }
        return utf8.withContiguousStorageIfAvailable { bytes in
            guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else { return false }
            var previous: UInt8 = 0
            for byte in bytes {
                if byte < 0x20 || byte >= 0x80 || (byte == 0x20 && previous == 0x20) { return false }
                previous = byte
            }
            return true
        } ?? false
    }
}

/// One statement, and the value a script gets of its result.
struct PostedStatement: Sendable {
    let sql: String
    let values: [SQLValue]
    let counting: Bool
    let value: @Sendable (SQLResult) -> Value

    /// The script's value of what the statement gave, or the `DbError` it failed
    /// with (a lost connection is marked on its lease, so the pool drops it).
    func value(of result: Result<SQLResult, any Error>, on lease: DatabaseLease) throws -> Value {
        switch result {
        case .success(let rows): return value(rows)
        case .failure(let failure as DatabaseFailure):
            if failure.isConnectionLost { lease.markLost() }
            throw failure.scriptError
        case .failure(let error): throw error
        }
    }
}

/// Whether the task gave up waiting for a piece of database work (loop-confined).
final class Abandonment {
    var happened = false
}
