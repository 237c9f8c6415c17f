# Mirrors the seed's section "批量操作优化" (batch operations): executemany
# sends many rows as one batch, and a transaction makes a loop of inserts
# one unit that commits, or rolls back, as a whole.
#
# Run it:   asyncrepl run --virtual samples/batch_insert.aw
# Check it: asyncrepl test samples/batch_insert.aw
#
# An in-memory SQLite database by default; with DATABASE_URL=postgres://…
# it runs on PostgreSQL and prints the same. asyncpg's `connect` is a pool of
# one here (db.open(url, max: 1)); `executemany` runs the rows as multi-row
# INSERTs inside one transaction; `async with connection.transaction()` is
# `with pool.transaction() as tx`, whose statements go through `tx`.

async fn batch_insert_optimization() {
    let url = env("DATABASE_URL", "sqlite::memory:")
    let connection = await db.open(url, max: 1)
    try {
        await connection.execute("DROP TABLE IF EXISTS users")
        await connection.execute("CREATE TABLE users (name TEXT, email TEXT)")

        # 方法1:使用executemany批量插入 (1: one batch)
        let data = [
            ["Alice", "alice@example.com"],
            ["Bob", "bob@example.com"],
            ["Charlie", "charlie@example.com"],
        ]
        let query = """
            INSERT INTO users (name, email)
            VALUES ($1, $2)
            """
        await connection.executemany(query, data)
        print("Batch insert completed")

        # 方法2:使用事务批量操作 (2: a loop inside one transaction)
        with connection.transaction() as tx {
            for row in data {
                await tx.execute("INSERT INTO users (name, email) VALUES ($1, $2)", ...row)
            }
        }
        print("Transaction completed")

        # A transaction that fails part-way leaves none of its rows.
        try {
            with connection.transaction() as tx {
                await tx.execute("INSERT INTO users (name, email) VALUES ($1, $2)", "Dora", "dora@example.com")
                throw ValueError("the second half of the batch is invalid")
            }
        } catch ValueError as e { print("Rolled back:", e.message) }

        print("Rows:", await connection.value("SELECT count(*) FROM users"))
        print(await connection.query("SELECT name, count(*) AS copies FROM users GROUP BY name ORDER BY name"))
        await connection.execute("DROP TABLE users")
    } finally {
        await connection.close()
    }
}

await batch_insert_optimization()
# expect: Batch insert completed
# expect: Transaction completed
# expect: Rolled back: the second half of the batch is invalid
# expect: Rows: 6
# expect: [{"name": "Alice", "copies": 2}, {"name": "Bob", "copies": 2}, {"name": "Charlie", "copies": 2}]
