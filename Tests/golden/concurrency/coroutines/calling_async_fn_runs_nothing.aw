# Calling an async fn returns a coroutine and runs none of its body.
async fn f() {
    print("body runs")
    return 1
}
let c = f()
print("coroutine made")  # expect: coroutine made
print(type(c))  # expect: coroutine
print(await c)
# expect: body runs
# expect: 1
