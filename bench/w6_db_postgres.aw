# W6 db-batch on PostgreSQL: n rows with executemany in one transaction, then
# n/10 point selects issued together (gather) through a pool of at most 10;
# print the rows found. The same workload as ../../shared/bench/peers/w6_db_asyncpg.py.
let n = int(env("N", "20000"))
let pool = await db.open(env("PG_URL", "postgres://postgres@127.0.0.1:54330/postgres"), min: 1, max: 10)
await pool.execute("DROP TABLE IF EXISTS users")
await pool.execute("CREATE TABLE users (id integer PRIMARY KEY, name text, email text)")
let rows = []
for i in range(1, n + 1) { rows.append([i, "user\(i)", "user\(i)@example.com"]) }
await pool.executemany("INSERT INTO users VALUES ($1, $2, $3)", rows)
let selects = []
for k in range(n // 10) { selects.append(pool.query("SELECT id, name, email FROM users WHERE id = $1", (k * 7919) % n + 1)) }
var found = 0
for result in await gather(...selects) { if len(result) > 0 { found += 1 } }
await pool.close()
print(found)
