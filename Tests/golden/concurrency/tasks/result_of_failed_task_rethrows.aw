# t.result() of a task that failed throws the task's error.
async fn bad() { throw KeyError("missing") }
let t = spawn bad()
await sleep(0)
print(t.done())  # expect: true
try {
    t.result()
} catch KeyError as e {
    print("result() threw", e.kind, e.message)  # expect: result() threw KeyError missing
}
