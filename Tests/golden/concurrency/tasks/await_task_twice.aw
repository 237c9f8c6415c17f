# A task can be awaited several times, by several tasks; each gets the same result, waiters woken first-come first-served.
async fn f() {
    await sleep(1)
    return [1, 2]
}
let t = spawn f()
let other = spawn { print("other got", await t) }
print("main got", await t)
print("again", await t)
await other
# expect: main got [1, 2]
# expect: again [1, 2]
# expect: other got [1, 2]
