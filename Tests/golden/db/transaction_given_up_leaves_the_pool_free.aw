# A transaction whose task gives up while it waits for a connection, or
# while its BEGIN runs, leaves the pool with nothing in use and no rows.
let pool = await db.open("sqlite::memory:", latency: 0.01)
await pool.execute("CREATE TABLE t (x INTEGER)")
let holder = spawn {
    with pool.acquire() as conn { await sleep(1) }
}
await sleep(0.1)
try {
    with timeout(0.2) {
        with pool.transaction() as tx { await tx.execute("INSERT INTO t VALUES ($1)", 1) }
    }
} catch TimeoutError { print("gave up waiting:", pool.stats()) }
await holder
# With latency 0.01 the BEGIN is still under way when this timeout expires.
try {
    with timeout(0.005) {
        with pool.transaction() as tx { await tx.execute("INSERT INTO t VALUES ($1)", 2) }
    }
} catch TimeoutError { print("gave up during BEGIN:", pool.stats()) }
print(await pool.value("SELECT count(*) FROM t"), pool.stats())
# expect: gave up waiting: {"size": 1, "idle": 0, "in_use": 1, "waiting": 0, "max": 1}
# expect: gave up during BEGIN: {"size": 1, "idle": 1, "in_use": 0, "waiting": 0, "max": 1}
# expect: 0 {"size": 1, "idle": 1, "in_use": 0, "waiting": 0, "max": 1}
