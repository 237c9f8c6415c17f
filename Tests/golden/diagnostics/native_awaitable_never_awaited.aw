# Forgetting `await` in front of sleep() or a queue operation does nothing;
# the runtime says so at the line where it happened. A value that is used
# (bound to a name, passed on) is not a statement that drops it: no warning.
let q = Queue()
sleep(1)
q.put(1)
let later = sleep(0)
await later
print("queue size:", q.size())
# expect: queue size: 0
# expect stderr: warning: sleep() was never awaited (Tests/golden/diagnostics/native_awaitable_never_awaited.aw:5:1): without await it does nothing
# expect stderr: warning: put() was never awaited (Tests/golden/diagnostics/native_awaitable_never_awaited.aw:6:1): without await it does nothing
