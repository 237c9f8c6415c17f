# mode: real
# On the real clock wait_for cancels a slow awaitable and its finally runs before TimeoutError arrives.
async fn slow() {
    try { await sleep(5) } finally { print("slow cleaned up") }
}
try {
    await wait_for(slow(), 0.05)
} catch TimeoutError {
    print("timed out")
}
# expect: slow cleaned up
# expect: timed out
