/// The statement methods every session has: the pool, an acquired connection
/// and a transaction (`execute`, `query`, `value`, `executemany`, `transaction`).
enum DatabaseMethods {
    static func statements<Session: DatabaseSession>(on _: Session.Type) -> [NativeMethod<Session>] {
        [
            NativeMethod(
                "execute", arity: 1...Int.max,
                doc: "execute(sql, ...values) — awaitable: runs a statement with $1…$n bound to the values; the number of rows it changed"
            ) { session, args in try statement(session, .execute, args, "execute") },
            NativeMethod(
                "query", arity: 1...Int.max,
                doc: "query(sql, ...values) — awaitable: the rows, a list of maps keyed by column name in column order"
            ) { session, args in try statement(session, .query, args, "query") },
            NativeMethod(
                "value", arity: 1...Int.max,
                doc: "value(sql, ...values) — awaitable: the first column of the first row, nil if there is none"
            ) { session, args in try statement(session, .value, args, "value") },
            NativeMethod(
                "executemany", arity: 2,
                doc: "executemany(sql, rows) — awaitable: the statement once per row (a list of values each), as one batch in one transaction; the rows changed"
            ) { session, args in
                let sql = try args.string(0, "the SQL text")
                let rows = try args.list(1, "a list of rows (each a list of values)")
                let width = (rows.first?.asObject as? ListObject)?.items.count ?? 0
                var bound = BatchRows(width: width, capacity: rows.count)
                for (index, row) in rows.enumerated() {
                    guard let list = row.asObject as? ListObject else {
                        throw ScriptError.type("executemany() needs each row to be a list of values; row \(index) is \(row.typeName)")
                    }
                    guard list.items.count == width else {
                        throw ScriptError.value("executemany() needs rows of one length: row 0 has \(width) values, row \(index) has \(list.items.count)")
                    }
                    try bound.append(list.items.enumerated().lazy.map { try SQLValueConversion.bound($0.element, position: $0.offset + 1) })
                }
                // No rows is nothing to do (as Python's executemany), whatever the SQL uses.
                if !rows.isEmpty { try checkPlaceholders(sql, given: width, in: "executemany", pool: session.pool) }
                return .object(StatementOperation(session, .batch(bound), sql: sql, values: [], name: "db.executemany"))
            },
            NativeMethod(
                "transaction", arity: 0,
                doc: "transaction() — `with pool.transaction() as tx { … }`: commits when the block ends, rolls back on an error or a cancellation"
            ) { session, _ in
                if session is TransactionObject { throw ScriptError(ErrorKind.dbError, "a transaction cannot start inside another one") }
                return .object(TransactionObject(session))
            },
        ]
    }

    private static func statement<Session: DatabaseSession>(
        _ session: Session, _ kind: StatementOperation.Kind, _ args: Arguments, _ name: String
    ) throws -> Value {
        let sql = try args.string(0, "the SQL text")
        let values = try SQLValueConversion.bound((1..<args.count).map { args[$0] })
        try checkPlaceholders(sql, given: values.count, in: name, pool: session.pool)
        return .object(StatementOperation(session, kind, sql: sql, values: values, name: "db." + name))
    }

    /// Every `$n` needs a value and every value a `$n`, so a miscount is caught before the backend sees it.
    private static func checkPlaceholders(_ sql: String, given: Int, in name: String, pool: PoolObject) throws {
        let highest = pool.highestPlaceholder(in: sql)
        if highest > given {
            throw ScriptError(ErrorKind.dbError, "\(name)() got \(given) value\(given == 1 ? "" : "s") but the SQL uses $\(highest)")
        }
        if highest < given {
            throw ScriptError(
                ErrorKind.dbError,
                "\(name)() got \(given) values but the SQL uses \(highest == 0 ? "no placeholders" : "only $1…$\(highest)")")
        }
    }
}
