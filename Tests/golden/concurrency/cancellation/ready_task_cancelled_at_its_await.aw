# A task already woken but not yet run when cancelled gets CancelledError at the await it was suspended in.
var steps = []
async fn worker() {
    try {
        await sleep(0)
        steps.append("resumed normally")
    } catch CancelledError {
        steps.append("cancelled at its await")
    }
}
let t = spawn worker()
await sleep(0)
t.cancel()
await t
print(steps)  # expect: ["cancelled at its await"]
