# gather wraps each coroutine in its own task, named after its function.
async fn who() => current_task().name
async fn other() => current_task().name
print(await gather(who(), other()))  # expect: ["who", "other"]
