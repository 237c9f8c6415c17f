# A sibling fails while a child awaits the group's owner: the child takes the
# group's cancellation (the owner waits for it, so it cannot be passed on),
# the group ends with the sibling's error, and nothing deadlocks.
let owner = current_task()
try {
    with group() as g {
        g.spawn((async fn () {
            try { await owner } catch CancelledError { print("child cancelled at", now()) }
        })())
        g.spawn((async fn () {
            await sleep(1)
            throw ValueError("sibling")
        })())
    }
} catch ErrorGroup as e { print("group:", e.errors) }
# expect: child cancelled at 1.0
# expect: group: [ValueError: sibling]
