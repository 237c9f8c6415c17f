# all_tasks(): each task's state, what it waits on (with the lock's holder,
# a sleep's time left) and for how long it has been waiting.
let lock = Lock()
async fn holder() { with lock { await sleep(5) } }
async fn waiter() { with lock { } }
async fn napper() { await sleep(3) }
spawn holder()
await sleep(0.5)
spawn waiter()
spawn napper()
await sleep(1)
for t in all_tasks() { print(t.name, t.id, t.state, t.waits_on(), t.waiting_for()) }
# expect: main 1 running nil nil
# expect: holder 2 waiting sleep, 3.500 s left 1.5
# expect: waiter 3 waiting Lock#1 held by holder#2 1.0
# expect: napper 4 waiting sleep, 2.000 s left 1.0
