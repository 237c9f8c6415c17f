# W6 db-batch on SQLite: n rows in one transaction with executemany, then n/10
# point selects by id; print the rows found. The same workload as
# ../../shared/bench/peers/w6_db_sqlite.py (bench/run.sh removes the file first: Python starts with a fresh one).
let n = int(env("N", "20000"))
let path = env("DB_PATH", "/tmp/asyncrepl-w6.db")
let pool = await db.open("sqlite:" + path, max: 1)
await pool.execute("DROP TABLE IF EXISTS users")
await pool.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, email TEXT)")
let rows = []
for i in range(1, n + 1) { rows.append([i, "user\(i)", "user\(i)@example.com"]) }
await pool.executemany("INSERT INTO users VALUES ($1, $2, $3)", rows)
var found = 0
for k in range(n // 10) {
    if len(await pool.query("SELECT id, name, email FROM users WHERE id = $1", (k * 7919) % n + 1)) > 0 { found += 1 }
}
await pool.close()
print(found)
