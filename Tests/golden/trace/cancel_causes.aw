# --trace says who asked for each cancellation: a task, a timeout, wait_for,
# a failing gather, a failing group, the task awaiting it, and exit cleanup.
# args: --trace
async fn nap(s) { await sleep(s) }
async fn boom() { throw ValueError("boom") }

let t = spawn nap(5)
await sleep(0)
t.cancel()
try { with timeout(1) { await nap(5) } } catch TimeoutError { }
try { await wait_for(nap(5), 1) } catch TimeoutError { }
try { await gather(nap(5), boom()) } catch ValueError { }
try { with group() as g { g.spawn(nap(5)); g.spawn(boom()) } } catch ErrorGroup { }
let outer = spawn wait_for(nap(5), 10)
await sleep(1)
outer.cancel()
await sleep(1)
spawn nap(5)
print("end")
# expect: end
# expect stderr: [  0.000] task main#1 spawned
# expect stderr: [  0.000] task main#1 starts
# expect stderr: [  0.000] task nap#2 spawned by main#1 at cancel_causes.aw:7:9
# expect stderr: [  0.000] task main#1 yields (to the back of the ready queue)
# expect stderr: [  0.000] task nap#2 starts
# expect stderr: [  0.000] task nap#2 sleeps until 5.000
# expect stderr: [  0.000] task main#1 resumes
# expect stderr: [  0.000] task nap#2 cancel requested by main#1
# expect stderr: [  0.000] task nap#2 wakes (by main#1)
# expect stderr: [  0.000] task main#1 sleeps until 5.000
# expect stderr: [  0.000] task nap#2 resumes
# expect stderr: [  0.000] task nap#2 cancelled (0.000 s)
# expect stderr: [  1.000] task main#1 cancel requested by timeout(1.0 s), which expired
# expect stderr: [  1.000] task main#1 wakes (timer)
# expect stderr: [  1.000] task main#1 resumes
# expect stderr: [  1.000] task nap#3 spawned by main#1 at cancel_causes.aw:11:13
# expect stderr: [  1.000] task main#1 waits on task nap#3
# expect stderr: [  1.000] task nap#3 starts
# expect stderr: [  1.000] task nap#3 sleeps until 6.000
# expect stderr: [  2.000] task nap#3 cancel requested by wait_for, which gave up after 1.0 s
# expect stderr: [  2.000] task nap#3 wakes (timer)
# expect stderr: [  2.000] task nap#3 resumes
# expect stderr: [  2.000] task nap#3 cancelled (1.000 s)
# expect stderr: [  2.000] task main#1 wakes (by nap#3)
# expect stderr: [  2.000] task main#1 resumes
# expect stderr: [  2.000] task nap#4 spawned by main#1 at cancel_causes.aw:12:13
# expect stderr: [  2.000] task boom#5 spawned by main#1 at cancel_causes.aw:12:13
# expect stderr: [  2.000] task main#1 waits on gather (nap#4, boom#5)
# expect stderr: [  2.000] task nap#4 starts
# expect stderr: [  2.000] task nap#4 sleeps until 7.000
# expect stderr: [  2.000] task boom#5 starts
# expect stderr: [  2.000] task boom#5 failed: ValueError: boom (0.000 s)
# expect stderr: [  2.000] task nap#4 cancel requested by the gather in main#1, one of whose tasks failed
# expect stderr: [  2.000] task nap#4 wakes (by the runtime)
# expect stderr: [  2.000] task nap#4 resumes
# expect stderr: [  2.000] task nap#4 cancelled (0.000 s)
# expect stderr: [  2.000] task main#1 wakes (by nap#4)
# expect stderr: [  2.000] task main#1 resumes
# expect stderr: [  2.000] task nap#6 spawned by main#1 at cancel_causes.aw:13:27
# expect stderr: [  2.000] task boom#7 spawned by main#1 at cancel_causes.aw:13:44
# expect stderr: [  2.000] task main#1 waits on its task group (nap#6, boom#7)
# expect stderr: [  2.000] task nap#6 starts
# expect stderr: [  2.000] task nap#6 sleeps until 7.000
# expect stderr: [  2.000] task boom#7 starts
# expect stderr: [  2.000] task boom#7 failed: ValueError: boom (0.000 s)
# expect stderr: [  2.000] task nap#6 cancel requested by its task group in main#1, which is failing
# expect stderr: [  2.000] task nap#6 wakes (by the runtime)
# expect stderr: [  2.000] task nap#6 resumes
# expect stderr: [  2.000] task nap#6 cancelled (0.000 s)
# expect stderr: [  2.000] task main#1 wakes (by nap#6)
# expect stderr: [  2.000] task main#1 resumes
# expect stderr: [  2.000] task wait_for#8 spawned by main#1 at cancel_causes.aw:14:13
# expect stderr: [  2.000] task main#1 sleeps until 3.000
# expect stderr: [  2.000] task wait_for#8 starts
# expect stderr: [  2.000] task nap#9 spawned by wait_for#8
# expect stderr: [  2.000] task wait_for#8 waits on task nap#9
# expect stderr: [  2.000] task nap#9 starts
# expect stderr: [  2.000] task nap#9 sleeps until 7.000
# expect stderr: [  3.000] task main#1 wakes (timer)
# expect stderr: [  3.000] task main#1 resumes
# expect stderr: [  3.000] task wait_for#8 cancel requested by main#1
# expect stderr: [  3.000] task nap#9 cancel requested along with wait_for#8, which awaits it
# expect stderr: [  3.000] task nap#9 wakes (by main#1)
# expect stderr: [  3.000] task main#1 sleeps until 4.000
# expect stderr: [  3.000] task nap#9 resumes
# expect stderr: [  3.000] task nap#9 cancelled (1.000 s)
# expect stderr: [  3.000] task wait_for#8 wakes (by nap#9)
# expect stderr: [  3.000] task wait_for#8 resumes
# expect stderr: [  3.000] task wait_for#8 cancelled (1.000 s)
# expect stderr: [  4.000] task main#1 wakes (timer)
# expect stderr: [  4.000] task main#1 resumes
# expect stderr: [  4.000] task nap#10 spawned by main#1 at cancel_causes.aw:18:1
# expect stderr: [  4.000] task main#1 done (4.000 s)
# expect stderr: [  4.000] task nap#10 cancel requested at exit, as the program ends
# expect stderr: [  4.000] task nap#10 cancelled (0.000 s)
