# A putter cancelled after a get made room for it, before it ran, either puts its item or reports the cancellation, never both.
let q = Queue(1)
q.put_nowait("first")
var outcome = "none"
async fn putter() {
    try {
        await q.put("late")
        outcome = "put"
    } catch CancelledError {
        outcome = "cancelled"
    }
}
let a = spawn putter()
await sleep(1)
print(q.get_nowait())  # expect: first
a.cancel()
await a
let left = q.size()
print(outcome == "put" and left == 1 or outcome == "cancelled" and left == 0)  # expect: true
