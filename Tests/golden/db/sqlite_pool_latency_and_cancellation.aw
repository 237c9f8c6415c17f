# The pool on the virtual clock: latency per statement, one connection for an
# in-memory database (borrowers wait their turn), a cancelled transaction rolled
# back, and a TimeoutError for a borrower that waits too long.
let pool = await db.open("sqlite::memory:", latency: 0.01)
await pool.execute("CREATE TABLE t (x INTEGER)")
await pool.executemany("INSERT INTO t (x) VALUES ($1)", [[1], [2], [3]])
print(now(), await pool.value("SELECT sum(x) FROM t"), now())
# The pool has one connection (an in-memory database): these wait their turn.
print(await gather(pool.value("SELECT 1"), pool.value("SELECT 2"), pool.value("SELECT 3")))
# A cancelled transaction leaves no rows.
try {
    with timeout(0.015) {
        with pool.transaction() as tx {
            await tx.execute("INSERT INTO t (x) VALUES ($1)", 100)
            await sleep(1)
        }
    }
} catch TimeoutError { print("timed out; rows of 100:", await pool.value("SELECT count(*) FROM t WHERE x = 100")) }
# Waiting longer than the pool's timeout for a connection.
let small = await db.open("sqlite::memory:", timeout: 0.5)
with small.acquire() as conn {
    try { await small.value("SELECT 1") } catch TimeoutError as e { print(e) }
}
print(small.stats())
# expect: 0.02 6 0.03
# expect: [1, 2, 3]
# expect: timed out; rows of 100: 0
# expect: TimeoutError: no connection of the pool sqlite::memory: was free within 0.5 s (all 1 in use)
# expect: {"size": 1, "idle": 1, "in_use": 0, "waiting": 0, "max": 1}
