# .errors holds only the real failures, never the CancelledErrors of the siblings the group cancelled.
async fn bad() { await sleep(1); throw ValueError("v") }
async fn slow() { await sleep(10) }
try {
    with group() as g {
        g.spawn(slow())
        g.spawn(slow())
        g.spawn(bad())
    }
} catch ErrorGroup as eg {
    print(eg.errors.map(fn (e) => e.kind))  # expect: ["ValueError"]
}
