# The awaitables given to as_completed run concurrently.
async fn job() { await sleep(2); return 1 }
var n = 0
for await r in as_completed([job(), job(), job()]) { n += r }
print(n, now())  # expect: 3 2.0
