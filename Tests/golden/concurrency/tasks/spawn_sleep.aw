# `spawn sleep(1)` makes a task of a bare awaitable; it finishes after one second with nil.
let t = spawn sleep(1)
print(t.done())  # expect: false
print(await t)  # expect: nil
print(now())  # expect: 1.0
print(t.done())  # expect: true
