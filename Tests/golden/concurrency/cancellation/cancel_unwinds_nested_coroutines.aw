# Cancellation unwinds through awaited coroutines, running each finally from the innermost out.
async fn inner() {
    try { await sleep(10) } finally { print("inner finally") }
}
async fn middle() {
    try { await inner() } finally { print("middle finally") }
}
async fn outer() {
    try { await middle() } finally { print("outer finally") }
}
let t = spawn outer()
await sleep(1)
t.cancel()
await sleep(0)
# expect: inner finally
# expect: middle finally
# expect: outer finally
