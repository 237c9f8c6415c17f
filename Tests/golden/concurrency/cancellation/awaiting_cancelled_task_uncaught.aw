# A CancelledError from awaiting a cancelled task, uncaught in main, ends the script with it.
async fn slow() { await sleep(5) }
let t = spawn slow()
t.cancel()
await t
# expect error: error: CancelledError
