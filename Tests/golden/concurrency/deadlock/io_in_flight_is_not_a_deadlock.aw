# While a query runs, tasks blocked on an event are not a deadlock: the query's
# end can wake them. (No timer is pending, so only the I/O in flight counts.)
let pool = await db.open("sqlite::memory:")
let done = Event()
let answer = []
spawn {
    # A query that takes a while of real time: a recursive count to 300,000.
    answer.append(await pool.value("WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 300000) SELECT count(*) FROM c"))
    done.set()
}
await done.wait()
print("counted", answer[0])
await pool.close()
# expect: counted 300000
