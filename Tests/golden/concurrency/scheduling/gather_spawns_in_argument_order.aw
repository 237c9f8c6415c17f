# gather spawns its coroutine arguments as tasks in argument order.
async fn start(name) {
    print("start", name, current_task().id)
    await sleep(0)
}
await gather(start("x"), start("y"), start("z"))
# expect: start x 2
# expect: start y 3
# expect: start z 4
