# A task cancelled before its first step never runs its body, not even its finally.
async fn worker() {
    try {
        print("body ran")
    } finally {
        print("finally ran")
    }
}
let t = spawn worker()
t.cancel()
await sleep(0)
print(t.done(), t.cancelled())  # expect: true true
