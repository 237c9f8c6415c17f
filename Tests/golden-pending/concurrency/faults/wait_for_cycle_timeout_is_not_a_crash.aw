# BUG: two tasks that each await wait_for(other, 5) crash the process (segfault, exit 139) when the deadlines
# come (or when one is cancelled): each timeout cancels the other task, whose wait_for cancels the first again,
# without end. Spec 8: cancellation is delivered once; spec 5: the process never crashes on any input.
# Two tasks waiting for each other with wait_for both end when their deadlines pass, without a crash.
var a = nil
var b = nil
a = spawn { await sleep(0); await wait_for(b, 5) }
b = spawn { await sleep(0); await wait_for(a, 5) }
await sleep(10)
print(a.done(), b.done())  # expect: true true
