# `spawn gather(...)` runs the gather in its own task; awaiting the task gives the list.
async fn value(x, d) {
    await sleep(d)
    return x
}
let t = spawn gather(value("a", 2), value("b", 1))
print("spawned")  # expect: spawned
print(await t)  # expect: ["a", "b"]
print(now())  # expect: 2.0
