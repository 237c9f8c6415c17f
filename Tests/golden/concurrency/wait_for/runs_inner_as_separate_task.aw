# wait_for runs its inner coroutine in a task of its own, named after the coroutine.
async fn inner() => current_task().name
print(await wait_for(inner(), 1))  # expect: inner
