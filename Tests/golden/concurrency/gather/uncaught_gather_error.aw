# An error out of gather that nobody catches ends the script with that error.
async fn bad() { throw ZeroDivisionError("nope") }
async fn ok() { await sleep(1) }
await gather(ok(), bad())
# expect error: error: ZeroDivisionError: nope
