# An error rethrown by `await task` and not caught ends the script with that error.
async fn bad() { throw ValueError("boom") }
let t = spawn bad()
await t
# expect error: error: ValueError: boom
