# Ready tasks run in the order they were appended to the ready queue.
async fn say(x) { print(x) }
spawn say("a")
spawn say("b")
spawn say("c")
await sleep(0)
# expect: a
# expect: b
# expect: c
