# `await sleep(0)` yields even when nothing else is ready, and costs no time.
await sleep(0)
print("back after sleep(0) at", now())  # expect: back after sleep(0) at 0.0
spawn { print("spawned task") }
await sleep(0)
print("main again")
# expect: spawned task
# expect: main again
