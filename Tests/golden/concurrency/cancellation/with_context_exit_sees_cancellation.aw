# A cancelled `with` body calls the context's exit with the CancelledError, then the cancellation goes on.
let ctx = {
    "enter": fn () => "resource",
    "exit": fn (error) { print("exit got", error.kind) }
}
let t = spawn {
    with ctx as r {
        await sleep(10)
    }
    print("not reached")
}
await sleep(1)
t.cancel()
await sleep(0)
print(t.cancelled())
# expect: exit got CancelledError
# expect: true
