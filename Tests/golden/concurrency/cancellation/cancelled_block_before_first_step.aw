# A spawned block cancelled before it starts never runs.
let t = spawn { print("block ran") }
cancel t
await sleep(1)
print(t.cancelled())  # expect: true
