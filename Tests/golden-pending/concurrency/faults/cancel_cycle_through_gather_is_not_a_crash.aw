# BUG: two tasks that each await gather(other) crash the process (segfault, exit 139) when one is cancelled:
# cancelling a cancels its gather child b, whose gather cancels a again, and so on without end.
# Spec 8: cancellation is delivered once (a second request for a task already being cancelled changes nothing);
# spec 5: the process never crashes on any input.
# Cancelling one of two tasks that gather each other ends both, without a crash.
var a = nil
var b = nil
a = spawn { await sleep(0); await gather(b) }
b = spawn { await sleep(0); await gather(a) }
await sleep(1)
a.cancel()
await sleep(1)
print(a.done(), b.done())  # expect: true true
