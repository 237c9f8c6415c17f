# --trace names what each task waits on: a lock and its holder, a semaphore
# and its free permits, a queue operation, an event, a task, a gather.
# args: --trace
let lock = Lock()
let sem = Semaphore(1)
let q = Queue(1)
let ready = Event()

async fn hold() {
    with lock { with sem { await sleep(1) } }
}

async fn take_lock() { with lock { } }
async fn take_permit() { with sem { } }
async fn get_item() { return await q.get() }
async fn wait_ready() { await ready.wait() }

let holder = spawn hold()
await sleep(0)
let waiters = gather(take_lock(), take_permit(), get_item(), wait_ready())
let all = spawn waiters
await sleep(2)
await q.put("x")
ready.set()
print(await all)
# expect: [nil, nil, "x", nil]
# expect stderr: [  0.000] task main#1 spawned
# expect stderr: [  0.000] task main#1 starts
# expect stderr: [  0.000] task hold#2 spawned by main#1 at primitives.aw:18:14
# expect stderr: [  0.000] task main#1 yields (to the back of the ready queue)
# expect stderr: [  0.000] task hold#2 starts
# expect stderr: [  0.000] task hold#2 sleeps until 1.000
# expect stderr: [  0.000] task main#1 resumes
# expect stderr: [  0.000] task gather#3 spawned by main#1 at primitives.aw:21:11
# expect stderr: [  0.000] task main#1 sleeps until 2.000
# expect stderr: [  0.000] task gather#3 starts
# expect stderr: [  0.000] task take_lock#4 spawned by gather#3
# expect stderr: [  0.000] task take_permit#5 spawned by gather#3
# expect stderr: [  0.000] task get_item#6 spawned by gather#3
# expect stderr: [  0.000] task wait_ready#7 spawned by gather#3
# expect stderr: [  0.000] task gather#3 waits on gather (take_lock#4, take_permit#5, get_item#6, wait_ready#7)
# expect stderr: [  0.000] task take_lock#4 starts
# expect stderr: [  0.000] task take_lock#4 waits on Lock#1 held by hold#2
# expect stderr: [  0.000] task take_permit#5 starts
# expect stderr: [  0.000] task take_permit#5 waits on Semaphore#1 (0/1 free)
# expect stderr: [  0.000] task get_item#6 starts
# expect stderr: [  0.000] task get_item#6 waits on Queue#1 (get)
# expect stderr: [  0.000] task wait_ready#7 starts
# expect stderr: [  0.000] task wait_ready#7 waits on Event#1
# expect stderr: [  1.000] task hold#2 wakes (timer)
# expect stderr: [  1.000] task hold#2 resumes
# expect stderr: [  1.000] task take_permit#5 wakes (by hold#2)
# expect stderr: [  1.000] task take_lock#4 wakes (by hold#2)
# expect stderr: [  1.000] task hold#2 done (1.000 s)
# expect stderr: [  1.000] task take_permit#5 resumes
# expect stderr: [  1.000] task take_permit#5 done (1.000 s)
# expect stderr: [  1.000] task take_lock#4 resumes
# expect stderr: [  1.000] task take_lock#4 done (1.000 s)
# expect stderr: [  2.000] task main#1 wakes (timer)
# expect stderr: [  2.000] task main#1 resumes
# expect stderr: [  2.000] task get_item#6 wakes (by main#1)
# expect stderr: [  2.000] task wait_ready#7 wakes (by main#1)
# expect stderr: [  2.000] task main#1 waits on task gather#3
# expect stderr: [  2.000] task get_item#6 resumes
# expect stderr: [  2.000] task get_item#6 done (2.000 s)
# expect stderr: [  2.000] task wait_ready#7 resumes
# expect stderr: [  2.000] task wait_ready#7 done (2.000 s)
# expect stderr: [  2.000] task gather#3 wakes (by wait_ready#7)
# expect stderr: [  2.000] task gather#3 resumes
# expect stderr: [  2.000] task gather#3 done (2.000 s)
# expect stderr: [  2.000] task main#1 wakes (by gather#3)
# expect stderr: [  2.000] task main#1 resumes
# expect stderr: [  2.000] task main#1 done (2.000 s)
