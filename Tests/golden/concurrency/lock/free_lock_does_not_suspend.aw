# Entering a free lock does not suspend the task.
let lock = Lock()
spawn { print("other task") }
with lock {
    print("inside without yielding")
}
await sleep(0)
# expect: inside without yielding
# expect: other task
