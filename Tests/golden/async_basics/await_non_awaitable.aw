print(await 5)
# expect error: error: TypeError: cannot await a value of type int; await needs a coroutine, a task or an awaitable
