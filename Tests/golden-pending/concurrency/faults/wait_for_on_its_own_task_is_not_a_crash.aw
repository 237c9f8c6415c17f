# BUG: `wait_for(current_task(), 1)` crashes the process (segfault, exit 139) when the deadline comes:
# Scheduler.cancel and WaitForAwaitable's cancellation handler call each other without end (stack overflow).
# `await current_task()` is a ValueError ("cannot await itself"); spec 5: the process never crashes on any input.
# A task that waits for itself through wait_for gets an error report, never a crash.
try {
    await wait_for(current_task(), 1)
} catch CancelledError {
} catch e {
}
print("no crash")  # expect: no crash
