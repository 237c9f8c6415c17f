# Mirrors the seed's first example (section "Asyncio基础概念", asyncio basics):
# a coroutine that prints, sleeps one second and prints again.
#
# Run it:   asyncrepl run --virtual samples/say_hello.aw
# Check it: asyncrepl test samples/say_hello.aw
#
# Python's `asyncio.run(main())` becomes a top-level `await main()`: a script's
# top level already runs inside the main task, so there is no event loop to
# start by hand. With --virtual the second does not really pass; the script
# ends at virtual time 1.0.

async fn say_hello() {
    print("Hello")
    await sleep(1)
    print("World")
}

async fn main() {
    await say_hello()
}

# 运行异步函数 (run the async function)
await main()
# expect: Hello
# expect: World
# expect time: 1.0
