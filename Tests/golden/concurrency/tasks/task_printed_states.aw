# A task prints as <task name#id state>: pending, then done, failed or cancelled.
async fn ok() { await sleep(1) }
async fn bad() {
    await sleep(1)
    throw ValueError("x")
}
let a = spawn ok()
let b = spawn bad()
let c = spawn ok()
print(a)  # expect: <task ok#2 pending>
c.cancel()
await sleep(2)
print(a)  # expect: <task ok#2 done>
print(b)  # expect: <task bad#3 failed>
print(c)  # expect: <task ok#4 cancelled>
try { await b } catch ValueError {}
