# When main ends while tasks still wait for what can no longer happen, they
# are cancelled like any leftover task, and a warning says it was a deadlock.
let q = Queue()
let ready = Event()
async fn consumer() {
    while true { print("got", await q.get()) }
}
async fn starter() { await ready.wait() }
spawn consumer()
spawn starter()
await q.put(1)
await sleep(1)
print("main is done")
# expect: got 1
# expect: main is done
# expect stderr: warning: main#1 finished while 2 tasks were blocked with nothing left to wake them (they are cancelled now):
# expect stderr:   consumer#2 waits at Tests/golden/concurrency/deadlock/main_ends_with_tasks_blocked_for_good.aw:6 on Queue#1 (get)
# expect stderr:   starter#3 waits at Tests/golden/concurrency/deadlock/main_ends_with_tasks_blocked_for_good.aw:8 on Event#1
