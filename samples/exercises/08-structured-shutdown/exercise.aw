# Exercise 08: structured shutdown with a task group
#
# Goal: a service runs two heartbeats next to an import job, which fails at
# 2.5 s. Then the whole service must shut down: both heartbeats stop at once
# (their finally blocks run) and run_service reports the failure. Today the
# heartbeats are bare `spawn`s that nobody stops: they keep ticking while
# main goes on with other work.
#
# Try it:   asyncrepl run --virtual samples/exercises/08-structured-shutdown/exercise.aw
# Check it: asyncrepl test samples/exercises/08-structured-shutdown
#
# exercise: starter

async fn heartbeat(name) {
    try {
        while true {
            await sleep(1)
            print("[\(now())] \(name): tick")
        }
    } finally {
        print("[\(now())] \(name): stopped")
    }
}

async fn import_job() {
    await sleep(2.5)
    throw ValueError("disk full")
}

async fn run_service() {
    # TODO: start all three in a task group instead:
    #     with group() as g { g.spawn(heartbeat("a")); ... }
    # When a child fails, the group cancels the other children, waits for
    # them to finish, and throws an ErrorGroup (its .errors lists the failures).
    spawn heartbeat("a")
    spawn heartbeat("b")
    await import_job()
}

try {
    await run_service()
} catch e {
    print("[\(now())] service stopped: \(e)")
}
await sleep(3)                          # main does other things meanwhile
print("[\(now())] main done")

# expect: [1.0] a: tick
# expect: [1.0] b: tick
# expect: [2.0] a: tick
# expect: [2.0] b: tick
# expect: [2.5] a: stopped
# expect: [2.5] b: stopped
# expect: [2.5] service stopped: ErrorGroup: 1 error in the task group
# expect: [5.5] main done
# expect time: 5.5
