# Exercise 08: structured shutdown with a task group (solution)
#
# Goal: a service runs two heartbeats next to an import job, which fails at
# 2.5 s. Then the whole service must shut down: both heartbeats stop at once
# (their finally blocks run) and run_service reports the failure.
#
# The group owns its children: the `with` block ends only when all of them
# have ended, so none can outlive run_service. When import_job fails, the
# group cancels the heartbeats (CancelledError at their sleep, so their
# finally blocks print "stopped"), waits for them, and throws an ErrorGroup
# holding the ValueError (its .errors list).
#
# Run it:   asyncrepl run --virtual samples/exercises/08-structured-shutdown/solution.aw

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
    with group() as g {
        g.spawn(heartbeat("a"))
        g.spawn(heartbeat("b"))
        g.spawn(import_job())
    }
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
