# gather returns the results in argument order, whatever order the awaitables finish in.
async fn value(x, d) {
    await sleep(d)
    print("finished", x)
    return x
}
print(await gather(value("a", 3), value("b", 1), value("c", 2)))
# expect: finished b
# expect: finished c
# expect: finished a
# expect: ["a", "b", "c"]
