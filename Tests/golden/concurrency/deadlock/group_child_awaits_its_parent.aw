# A child of a task group that awaits the task the group belongs to: the
# group waits for its child, the child for the group owner.
var owner = nil
async fn child() { await owner }
async fn parent() {
    with group() as g {
        g.spawn(child())
    }
}
owner = spawn parent()
await owner
# expect error: error: DeadlockError: all tasks are blocked: they wait on each other in a cycle
# expect stderr: error: DeadlockError: all tasks are blocked: they wait on each other in a cycle
# expect stderr:   --> Tests/golden/concurrency/deadlock/group_child_awaits_its_parent.aw:11:1
# expect stderr:    |
# expect stderr: 11 | await owner
# expect stderr:    | ^
# expect stderr:   trace: Tests/golden/concurrency/deadlock/group_child_awaits_its_parent.aw:11:1 in <main>
# expect stderr: parent#2 → child#3 → parent#2
# expect stderr: main#1 waits at Tests/golden/concurrency/deadlock/group_child_awaits_its_parent.aw:11 on task parent#2
# expect stderr: parent#2 waits at Tests/golden/concurrency/deadlock/group_child_awaits_its_parent.aw:8 on its task group (child#3)
# expect stderr: child#3 waits at Tests/golden/concurrency/deadlock/group_child_awaits_its_parent.aw:4 on task parent#2
