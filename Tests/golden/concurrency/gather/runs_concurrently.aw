# The awaitables of one gather run concurrently.
async fn job(d) { await sleep(d); return d }
print(await gather(job(2), job(2), job(2)))  # expect: [2, 2, 2]
print(now())  # expect: 2.0
