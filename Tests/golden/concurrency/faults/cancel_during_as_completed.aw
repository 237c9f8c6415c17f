# A consumer cancelled inside an as_completed loop stops; as in asyncio, the awaitables already started run on.
async fn job(name, d) {
    await sleep(d)
    print(name, "completed at", now())
    return name
}
let t = spawn {
    try {
        for await r in as_completed([job("quick", 1), job("slow", 10)]) { print("got", r) }
    } finally {
        print("consumer finally at", now())
    }
}
await sleep(2)
t.cancel()
await sleep(20)
print(t.cancelled(), len(all_tasks()))
# expect: quick completed at 1.0
# expect: got quick
# expect: consumer finally at 2.0
# expect: slow completed at 10.0
# expect: true 1
