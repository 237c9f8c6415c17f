# When a group throws, every child is already finished: none outlives the group.
async fn bad() { await sleep(1); throw ValueError("x") }
async fn slow() { await sleep(10) }
var kids = []
try {
    with group() as g {
        kids.append(g.spawn(slow()))
        kids.append(g.spawn(bad()))
        kids.append(g.spawn(slow()))
    }
} catch ErrorGroup {}
print(kids.map(fn (t) => t.done()))  # expect: [true, true, true]
print(len(all_tasks()))  # expect: 1
