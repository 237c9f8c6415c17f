# t.result() on a task that has not finished is an error, which `catch e` can catch.
async fn f() { await sleep(1) }
let t = spawn f()
try {
    t.result()
    print("no error")
} catch e {
    print("result() before done is an error")  # expect: result() before done is an error
}
await t
print(t.result())  # expect: nil
