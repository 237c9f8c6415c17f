# Nested timeouts that expire at the same instant: the innermost reports,
# whatever the block awaits (a sleep, a gather, a task, wait_for, a group).
async fn body(kind) {
    if kind == "sleep" { await sleep(5) }
    if kind == "gather" { await gather(sleep(5)) }
    if kind == "task" { await spawn sleep(5) }
    if kind == "wait_for" { await wait_for(sleep(5), 10) }
    if kind == "group" {
        with group() as g { g.spawn(sleep(5)) }
    }
}
for kind in ["sleep", "gather", "task", "wait_for", "group"] {
    try {
        with timeout(1) {
            try {
                with timeout(1) { await body(kind) }
            } catch TimeoutError {
                print(kind, "inner timed out at", now())
            }
        }
    } catch TimeoutError {
        print(kind, "outer timed out")
    }
}
# expect: sleep inner timed out at 1.0
# expect: gather inner timed out at 2.0
# expect: task inner timed out at 3.0
# expect: wait_for inner timed out at 4.0
# expect: group inner timed out at 5.0
