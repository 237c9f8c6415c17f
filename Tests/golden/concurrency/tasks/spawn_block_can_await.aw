# A spawned block is an async body: it may await.
let t = spawn {
    await sleep(1)
    print("block woke at", now())
}
await t
# expect: block woke at 1.0
