# A group cancelled from outside cancels its children once: when one child's
# cleanup fails, the others' cleanups are not cut short.
async fn a() {
    try { await sleep(100) } finally {
        await sleep(1)
        throw ValueError("cleanup failed")
    }
}
async fn b() {
    try { await sleep(100) } finally {
        await sleep(2)
        print("b cleanup done at", now())
    }
}
async fn body() {
    with group() as g {
        g.spawn(a())
        g.spawn(b())
    }
}
let m = spawn body()
await sleep(1)
m.cancel()
try {
    await m
} catch ErrorGroup as eg {
    print("group failed at", now(), eg.errors)
}
# expect: b cleanup done at 3.0
# expect: group failed at 3.0 [ValueError: cleanup failed]
