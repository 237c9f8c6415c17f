# A deadlock stops the run: a surrounding `catch e` does not turn it into a normal ending.
let e = Event()
try {
    await e.wait()
} catch e {
    print("caught")
}
# expect error: error: DeadlockError: all tasks are blocked
