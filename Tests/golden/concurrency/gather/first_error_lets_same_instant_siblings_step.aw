# gather rethrows the first error; a sibling woken at that same instant takes
# its step before gather cancels the rest (ready-queue order, as asyncio), so
# it fails too (its error is retrieved by the gather: no warning), while one
# still sleeping is cancelled.
async fn fail_at(t, msg) {
    await sleep(t)
    print(msg, "fails at", now())
    throw ValueError(msg)
}
async fn slow() {
    try { await sleep(5) } finally { print("slow cancelled at", now()) }
}
try {
    await gather(fail_at(1, "one"), fail_at(1, "two"), slow())
} catch ValueError as e {
    print("gather:", e.message)
}
# expect: one fails at 1.0
# expect: two fails at 1.0
# expect: slow cancelled at 1.0
# expect: gather: one
