# A timeout block around a shielded await times out, and the shielded task still completes.
async fn work() {
    await sleep(2)
    return "finished"
}
let t = spawn work()
try {
    with timeout(1) { await shield(t) }
} catch TimeoutError {
    print("timeout at", now())  # expect: timeout at 1.0
}
print(await t, now())  # expect: finished 2.0
