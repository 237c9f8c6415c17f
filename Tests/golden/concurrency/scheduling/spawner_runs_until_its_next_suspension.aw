# After spawning, the spawner runs on through plain code; the child starts at the spawner's next await.
async fn child() { print("child") }
spawn child()
print("one")
for i in range(2) { print("loop", i) }
print("two")
await sleep(0)
print("three")
# expect: one
# expect: loop 0
# expect: loop 1
# expect: two
# expect: child
# expect: three
