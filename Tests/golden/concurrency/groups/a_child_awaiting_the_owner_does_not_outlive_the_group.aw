# A child that awaits the group's own task: when the owner is cancelled (here
# by a timeout), the cancellation reaches the child, which cannot pass it back
# to the owner (the owner waits for it), so it takes it itself. The group's
# `with` exits only after that child's cleanup has finished.
let owner = current_task()
async fn child() {
    try { await owner } finally {
        print("child cleaning up at", now())
        await sleep(1)
        print("child done at", now())
    }
}
try {
    with timeout(1) {
        with group() as g { g.spawn(child()) }
    }
} catch TimeoutError { print("timed out at", now()) }
# expect: child cleaning up at 1.0
# expect: child done at 2.0
# expect: timed out at 2.0
