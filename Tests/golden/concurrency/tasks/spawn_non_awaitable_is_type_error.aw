# `spawn` needs an awaitable (or a block); a plain value is a TypeError.
spawn 5
# expect error: error: TypeError: spawn needs a coroutine (a call of an async fn), a task or an awaitable, got int
