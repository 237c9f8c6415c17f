# done() turns true when the task finishes, and result() then gives its value.
async fn f() {
    await sleep(1)
    return "value"
}
let t = spawn f()
print(t.done())  # expect: false
await sleep(2)
print(t.done())  # expect: true
print(t.result())  # expect: value
print(t.cancelled())  # expect: false
