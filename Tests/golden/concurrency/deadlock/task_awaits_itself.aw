# A task that awaits itself can never finish.
var me = nil
async fn selfish() { await me }
me = spawn selfish()
await me
# expect error: error: ValueError: task 'selfish#2' cannot await itself
# expect stderr: error: ValueError: task 'selfish#2' cannot await itself
# expect stderr:   --> Tests/golden/concurrency/deadlock/task_awaits_itself.aw:3:22
# expect stderr:    |
# expect stderr:  3 | async fn selfish() { await me }
# expect stderr:    |                      ^
# expect stderr:   trace: Tests/golden/concurrency/deadlock/task_awaits_itself.aw:3:22 in selfish
# expect stderr:          Tests/golden/concurrency/deadlock/task_awaits_itself.aw:5:1 in <main> (awaiting selfish#2)
