# A thousand tasks sleeping concurrently all wake at the same virtual instant.
var woke = 0
async fn nap() {
    await sleep(5)
    woke += 1
}
let ts = []
for i in range(1000) { ts.append(spawn nap()) }
await gather(...ts)
print(woke, now())  # expect: 1000 5.0
