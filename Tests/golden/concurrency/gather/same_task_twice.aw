# The same task may appear twice in a gather; both places get its result.
async fn value() { await sleep(1); return "v" }
let t = spawn value()
print(await gather(t, t))  # expect: ["v", "v"]
