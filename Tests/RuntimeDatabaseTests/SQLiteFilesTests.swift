import Foundation
import Testing

/// SQLite databases in files: what persists, and the files that are not databases or cannot be written.
@Suite struct SQLiteFilesTests {
    private func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "asyncrepl-db-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func aFileDatabaseKeepsItsRowsForTheNextPoolAndItsConnectionsShareThem() async throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let url = "sqlite:\(directory)/app.db"
        let first = await outputWithDatabase(
            """
            let pool = await db.open("\(url)", max: 4)
            await pool.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)")
            await pool.executemany("INSERT INTO users (name) VALUES ($1)", [["Ann"], ["Bo"]])
            # Four connections at once, each reading what the others see.
            let counts = await gather(...[1, 2, 3, 4].map(fn (i) => pool.value("SELECT count(*) FROM users WHERE id <= $1", i)))
            print(counts, pool.stats()["size"])
            await pool.close()
            """, virtual: false)
        #expect(first == "[1, 2, 2, 2] 4\n")
        let second = await outputWithDatabase(
            """
            let pool = await db.open("\(url)")
            print(await pool.query("SELECT name FROM users ORDER BY id"))
            """)
        #expect(second == "[{\"name\": \"Ann\"}, {\"name\": \"Bo\"}]\n")
    }

    @Test func aFileThatIsNotADatabaseIsADbErrorAtOpen() async throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try String(repeating: "not a database\n", count: 100).write(toFile: "\(directory)/notes.db", atomically: true, encoding: .utf8)
        let output = await outputWithDatabase(
            """
            try { await db.open("sqlite:\(directory)/notes.db") } catch DbError as e { print(e, "|", e.code) }
            """)
        #expect(output == "DbError: cannot open \(directory)/notes.db: file is not a database | SQLITE_NOTADB\n")
    }

    @Test func aPathThatCannotBeWrittenIsADbErrorAtOpen() async throws {
        let output = await outputWithDatabase(
            """
            try { await db.open("sqlite:/proc/asyncrepl-cannot-be-here/app.db") } catch DbError as e { print(e) }
            """)
        #expect(output.hasPrefix("DbError: cannot open /proc/asyncrepl-cannot-be-here/app.db: "))
    }

    @Test func aBadURLAndABadValueSayWhatIsExpected() async {
        let output = await outputWithDatabase(
            """
            try { await db.open("mysql://x") } catch DbError as e { print(e) }
            let pool = await db.open("sqlite::memory:")
            try { await pool.value("SELECT $1", {"a": 1}) } catch TypeError as e { print(e) }
            try { await pool.value("SELECT $1, $2", 1) } catch DbError as e { print(e) }
            print(await pool.value("SELECT $1", [0, 255, 7]), await pool.value("SELECT $1", true))
            """)
        #expect(
            output == """
                DbError: db.open() takes sqlite::memory:, sqlite:PATH or postgres://user@host:port/database, got mysql://x
                TypeError: cannot bind map to $1: a statement takes nil, bool, int, float, string or a list of bytes (ints 0 to 255)
                DbError: value() got 1 value but the SQL uses $2
                [0, 255, 7] 1

                """)
    }

    // The query would run for minutes, so only the timeout can end it: a short one
    // can finish first on a starved machine, and then its result stands.
    @Test func aTimeoutAroundARealQueryFiresOnTheVirtualClock() async {
        let output = await outputWithDatabase(
            """
            let pool = await db.open("sqlite::memory:")
            let slow = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000) SELECT count(*) FROM n"
            try { with timeout(0.05) { await pool.value(slow) } } catch TimeoutError { print("timed out at", now()) }
            print(await pool.value("SELECT 42"))
            """)
        #expect(output == "timed out at 0.05\n42\n")
    }

    @Test func transactionsOnAFilePoolRollBackOnErrorsAndCancellationAndTakeTurns() async throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let output = await outputWithDatabase(
            """
            let pool = await db.open("sqlite:\(directory)/moves.db", max: 4)
            await pool.execute("CREATE TABLE moves (who INT, n INT)")
            await pool.execute("CREATE TABLE counter (n INT)")
            await pool.execute("INSERT INTO counter VALUES (0)")
            try {
                with pool.transaction() as tx {
                    await tx.execute("INSERT INTO moves VALUES ($1, $2)", 0, 1)
                    throw ValueError("no")
                }
            } catch ValueError { print("after an error:", await pool.value("SELECT count(*) FROM moves")) }
            # A query that would run for many seconds is interrupted when its task is cancelled.
            let slow = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000) SELECT count(*) FROM n"
            try {
                with timeout(0.2) {
                    with pool.transaction() as tx {
                        await tx.execute("INSERT INTO moves VALUES ($1, $2)", 0, 2)
                        await tx.value(slow)
                    }
                }
            } catch TimeoutError { print("after a timeout:", await pool.value("SELECT count(*) FROM moves")) }
            # Each transaction reads the counter, waits, and writes it back: none may lose another's update.
            async fn mover(who) {
                with pool.transaction() as tx {
                    let seen = await tx.value("SELECT n FROM counter")
                    for n in range(20) { await tx.execute("INSERT INTO moves VALUES ($1, $2)", who, n) }
                    await sleep(0.01)
                    await tx.execute("UPDATE counter SET n = $1", seen + 1)
                    return await tx.value("SELECT count(*) FROM moves WHERE who = $1", who)
                }
            }
            print(await gather(...[1, 2, 3, 4, 5, 6].map(mover)))
            print(await pool.value("SELECT count(*) FROM moves"), await pool.value("SELECT n FROM counter"), pool.stats()["in_use"])
            await pool.close()
            """, virtual: false)
        #expect(output == "after an error: 0\nafter a timeout: 0\n[20, 20, 20, 20, 20, 20]\n120 6 0\n")
    }
}
