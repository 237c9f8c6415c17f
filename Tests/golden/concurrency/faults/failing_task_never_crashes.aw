# Errors in many tasks are all ordinary errors: the interpreter keeps running and reports each one.
async fn fail(i) {
    await sleep(0)
    if i % 3 == 0 { throw ValueError("v\(i)") }
    if i % 3 == 1 { return 1 / 0 }
    return [][i]
}
let ts = list(range(6)).map(fn (i) => spawn fail(i))
var kinds = []
for t in ts {
    try { await t } catch e { kinds.append(e.kind) }
}
print(kinds)
# expect: ["ValueError", "ZeroDivisionError", "IndexError", "ValueError", "ZeroDivisionError", "IndexError"]
