async fn work() {
    print("body runs")
    return 1
}
let c = work()
print("coroutine created")
let v = await c
print("awaited", v)
# expect: coroutine created
# expect: body runs
# expect: awaited 1
