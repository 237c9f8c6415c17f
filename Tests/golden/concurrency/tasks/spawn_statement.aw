# `spawn f()` as a statement starts a task that runs at the spawner's next suspension.
async fn hello(name) { print("hello", name) }
spawn hello("statement")
print("spawned")
await sleep(0)
# expect: spawned
# expect: hello statement
