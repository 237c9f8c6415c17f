# A generator being closed runs its finally blocks; one that yields again
# there fails its closing task with a ValueError (Python: RuntimeError
# "async generator ignored GeneratorExit"), reported as a never-retrieved error.
async fn stubborn() {
    try { yield 1 } finally { yield 2 }
}
async fn first() {
    for await x in stubborn() { return x }
}
print(await first())
await sleep(0)
print("after")
# expect: 1
# expect: after
# expect stderr: warning: task 'stubborn#2' failed and its error was never retrieved: ValueError: generator 'stubborn' yielded while it was being closed; its finally blocks must not yield
