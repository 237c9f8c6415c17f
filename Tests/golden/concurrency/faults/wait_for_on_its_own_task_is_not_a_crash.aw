# A task that waits for itself through wait_for gets an error report, never a crash.
try {
    await wait_for(current_task(), 1)
} catch CancelledError {
} catch e {
}
print("no crash")  # expect: no crash
