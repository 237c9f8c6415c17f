# BUG: a deadlock is thrown into main as an ordinary DeadlockError that `catch e` swallows; the script then
# prints "caught" and exits 0 without the wait-for graph. Spec section 7: when every task is blocked the run
# stops with 'error: DeadlockError: all tasks are blocked' followed by the wait-for graph.
# A deadlock stops the run: a surrounding `catch e` does not turn it into a normal ending.
let e = Event()
try {
    await e.wait()
} catch e {
    print("caught")
}
# expect error: error: DeadlockError: all tasks are blocked
