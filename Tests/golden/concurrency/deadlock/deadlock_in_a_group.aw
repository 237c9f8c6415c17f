# A group whose children all wait on each other deadlocks instead of hanging.
let e1 = Event()
let e2 = Event()
async fn first() { await e1.wait(); e2.set() }
async fn second() { await e2.wait(); e1.set() }
with group() as g {
    g.spawn(first())
    g.spawn(second())
}
# expect error: error: DeadlockError: all tasks are blocked
