# A task may cancel main; main gets CancelledError at its await and, uncaught, it ends the script with status 1.
let m = current_task()
spawn {
    await sleep(1)
    m.cancel()
}
await sleep(5)
print("not reached")
# expect error: error: CancelledError
