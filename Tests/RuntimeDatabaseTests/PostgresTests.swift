import Foundation
import Runtime
import Testing

/// The db module against a real PostgreSQL 15 (`.ci/with-postgres`).
@Suite struct PostgresTests {
    @Test func statementsBatchesTransactionsAndErrorsWithTheirSQLSTATE() async throws {
        let url = try TestPostgres.requireURL()
        let users = TestPostgres.table("users")
        let output = await outputWithDatabase(
            """
            let pool = await db.open("\(url)", min: 2, max: 5)
            await pool.execute("CREATE TABLE \(users) (id SERIAL PRIMARY KEY, name TEXT NOT NULL, email TEXT UNIQUE, score FLOAT, born DATE, seen TIMESTAMPTZ, ok BOOL, raw BYTEA, cost NUMERIC(10, 2))")
            print(await pool.value("INSERT INTO \(users) (name, email) VALUES ($1, $2) RETURNING id", "Ann", "a@x"))
            let rows = []
            for i in range(1200) { rows.append(["user \\(i)", "u\\(i)@x"]) }
            print(await pool.executemany("INSERT INTO \(users) (name, email) VALUES ($1, $2)", rows))
            print(await pool.value("SELECT count(*) FROM \(users)"))
            await pool.execute("UPDATE \(users) SET score = $1, born = '2001-02-03', seen = '2026-12-03 17:05:00+00', ok = $2, raw = $3, cost = 12.5 WHERE id = 1", 2.5, true, [0, 255])
            print(await pool.query("SELECT name, score, born, seen, ok, raw, cost FROM \(users) WHERE id = $1", 1))
            try { await pool.execute("INSERT INTO \(users) (name, email) VALUES ($1, $2)", "Dup", "a@x") } catch DbError as e { print(e.code) }
            try { await pool.execute("INSERT INTO \(users) (name) VALUES ($1)", nil) } catch DbError as e { print(e.code) }
            try { await pool.query("SELEC 1") } catch DbError as e { print(e, e.code) }
            print(await pool.value("SELECT $1::text", "'; DROP TABLE \(users); --"), await pool.value("SELECT count(*) > 0 FROM \(users)"))
            # A failing batch leaves nothing behind.
            try { await pool.executemany("INSERT INTO \(users) (name, email) VALUES ($1, $2)", [["x", "x@x"], ["y", "a@x"]]) } catch DbError as e { print("batch:", e.code) }
            print(await pool.value("SELECT count(*) FROM \(users) WHERE email = 'x@x'"))
            await pool.execute("DROP TABLE \(users)")
            await pool.close()
            """, virtual: false)
        #expect(
            output == """
                1
                1200
                1201
                [{"name": "Ann", "score": 2.5, "born": "2001-02-03", "seen": "2026-12-03T17:05:00Z", "ok": true, "raw": [0, 255], "cost": "12.5"}]
                23505
                23502
                DbError: syntax error at or near "SELEC" 42601
                '; DROP TABLE \(users); -- true
                batch: 23505
                0

                """)
    }

    /// An UPDATE or DELETE batch runs as one function call per row in one query
    /// (PostgresSession+Batch); what that cannot take runs row by row.
    @Test func batchesOfOtherStatementsBindEveryTypeAndRollBackAsAWhole() async throws {
        let url = try TestPostgres.requireURL()
        let t = TestPostgres.table("each")
        let output = await outputWithDatabase(
            """
            let pool = await db.open("\(url)", max: 2)
            await pool.execute("CREATE TABLE \(t) (id INT PRIMARY KEY, name TEXT, score FLOAT, ok BOOL, raw BYTEA, born DATE)")
            let rows = []
            for i in range(1, 1001) { rows.append([i, "n\\(i)"]) }
            print(await pool.executemany("INSERT INTO \(t) (id, name) VALUES ($1, $2)", rows))
            let changes = []
            for i in range(1, 1001) { changes.append([i * 0.5, i % 2 == 0, [i % 256, 7], "2001-02-0\\(i % 9 + 1)", "x\\"y\\\\z,{} \\(i)", i]) }
            print(await pool.executemany("UPDATE \(t) SET score = $1, ok = $2, raw = $3, born = $4, name = $5 WHERE id = $6;", changes))
            print(await pool.query("SELECT * FROM \(t) WHERE id IN (1, 1000) ORDER BY id"))
            print(await pool.executemany("UPDATE \(t) SET name = $1 WHERE id = $2", [[nil, 1], ["back", 2]]))
            print(await pool.query("SELECT id, name FROM \(t) WHERE id IN (1, 2) ORDER BY id"))
            print(await pool.executemany("DELETE FROM \(t) WHERE id = $1", [[3], [4], [99999]]))
            # A RETURNING of its own, and types PostgreSQL cannot infer: row by row.
            print(await pool.executemany("UPDATE \(t) SET name = $1 WHERE id = $2 RETURNING id", [["r", 5], ["s", 6]]))
            print(await pool.executemany("UPDATE \(t) SET name = $1 || $2 WHERE id = $3", [["x", "y", 5], ["p", "q", 6]]))
            print(await pool.query("SELECT id, name FROM \(t) WHERE id IN (5, 6) ORDER BY id"))
            # The third row fails: the first two are undone with it.
            try { await pool.executemany("UPDATE \(t) SET id = $1 WHERE id = $2", [[2000, 8], [2001, 10], [5, 6]]) } catch DbError as e { print(e.code) }
            print(await pool.value("SELECT count(*) FROM \(t) WHERE id IN (8, 10)"), await pool.value("SELECT count(*) FROM \(t)"))
            with pool.transaction() as tx {
                print(await tx.executemany("UPDATE \(t) SET score = score + $1 WHERE id = $2", [[1, 1], [1, 2]]))
                try { await tx.executemany("UPDATE \(t) SET id = $1 WHERE id = $2", [[5, 7]]) } catch DbError as e { print("inside:", e.code) }
            }
            print(await pool.value("SELECT score FROM \(t) WHERE id = 2"))
            await pool.execute("DROP TABLE \(t)")
            await pool.close()
            """, virtual: false)
        #expect(
            output == """
                1000
                1000
                [{"id": 1, "name": "x\\"y\\\\z,{} 1", "score": 0.5, "ok": false, "raw": [1, 7], "born": "2001-02-02"}, {"id": 1000, "name": "x\\"y\\\\z,{} 1000", "score": 500.0, "ok": true, "raw": [232, 7], "born": "2001-02-02"}]
                2
                [{"id": 1, "name": nil}, {"id": 2, "name": "back"}]
                2
                2
                2
                [{"id": 5, "name": "xy"}, {"id": 6, "name": "pq"}]
                23505
                2 998
                2
                inside: 23505
                1.0

                """)
    }

    @Test func transactionsRollBackOnErrorsAndCancellationAndRunConcurrentlyThroughThePool() async throws {
        let url = try TestPostgres.requireURL()
        let t = TestPostgres.table("moves")
        let output = await outputWithDatabase(
            """
            let pool = await db.open("\(url)", max: 4)
            await pool.execute("CREATE TABLE \(t) (who INT, n INT)")
            try {
                with pool.transaction() as tx {
                    await tx.execute("INSERT INTO \(t) VALUES ($1, $2)", 0, 1)
                    throw ValueError("no")
                }
            } catch ValueError { print("after an error:", await pool.value("SELECT count(*) FROM \(t)")) }
            try {
                with timeout(0.3) {
                    with pool.transaction() as tx {
                        await tx.execute("INSERT INTO \(t) VALUES ($1, $2)", 0, 2)
                        await tx.execute("SELECT pg_sleep(5)")
                    }
                }
            } catch TimeoutError { print("after a timeout:", await pool.value("SELECT count(*) FROM \(t)")) }
            async fn mover(who) {
                with pool.transaction() as tx {
                    for n in range(20) { await tx.execute("INSERT INTO \(t) VALUES ($1, $2)", who, n) }
                    return await tx.value("SELECT count(*) FROM \(t) WHERE who = $1", who)
                }
            }
            print(await gather(...[1, 2, 3, 4, 5, 6].map(mover)))
            print(await pool.value("SELECT count(*) FROM \(t)"), pool.stats()["in_use"])
            await pool.execute("DROP TABLE \(t)")
            """, virtual: false)
        #expect(output == "after an error: 0\nafter a timeout: 0\n[20, 20, 20, 20, 20, 20]\n120 0\n")
    }

    @Test func anExhaustedPoolTimesOutAndARefusedOrUnknownServerIsADbError() async throws {
        let url = try TestPostgres.requireURL()
        let base = url.split(separator: "@").last.map(String.init) ?? ""
        let output = await outputWithDatabase(
            """
            let pool = await db.open("\(url)", max: 2, timeout: 0.3)
            with pool.acquire() as a {
                with pool.acquire() as b {
                    print(pool.stats())
                    try { await pool.value("SELECT 1") } catch TimeoutError as e { print(e) }
                }
            }
            print(await pool.value("SELECT 1"))
            try { await db.open("postgres://postgres@127.0.0.1:1/postgres") } catch DbError as e { print(e) }
            try { await db.open("postgres://nobody@\(base)") } catch DbError as e { print(e.code) }
            """, virtual: false)
        let shown = DatabaseURL.withoutPassword(url)
        #expect(
            output == """
                {"size": 2, "idle": 0, "in_use": 2, "waiting": 0, "max": 2}
                TimeoutError: no connection of the pool \(shown) was free within 0.3 s (all 2 in use)
                1
                DbError: connection refused by 127.0.0.1:1
                28000

                """)
    }

    @Test func aPoolRecoversWhenItsServerComesBack() async throws {
        let server = try OwnPostgresServer()
        let control = Module(
            "server", namespace: true,
            functions: [
                NativeFunction("server.stop", arity: 0...0, async: { _ in try server.stop(); return .nil }),
                NativeFunction("server.start", arity: 0...0, async: { _ in try server.start(); return .nil }),
            ])
        let output = await outputWithDatabase(
            """
            let pool = await db.open("\(server.url)", max: 2)
            print(await pool.value("SELECT 1"))
            await server.stop()
            try { await pool.value("SELECT 2") } catch DbError as e { print("down") }
            try { await pool.value("SELECT 3") } catch DbError as e { print("still down") }
            await server.start()
            var answer = nil
            for attempt in range(50) {
                try { answer = await pool.value("SELECT 4"); break } catch DbError { await sleep(0.1) }
            }
            print(answer, pool.stats()["in_use"])
            """, virtual: false, extraModules: [control])
        #expect(output == "1\ndown\nstill down\n4 0\n")
    }
}
