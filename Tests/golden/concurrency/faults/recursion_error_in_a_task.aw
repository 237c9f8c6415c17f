# Runaway recursion inside a task is a RecursionError for that task, not a crash.
fn down(n) => down(n + 1)
let t = spawn { down(0) }
try {
    await t
} catch RecursionError {
    print("RecursionError from the task")  # expect: RecursionError from the task
}
print("main goes on")  # expect: main goes on
