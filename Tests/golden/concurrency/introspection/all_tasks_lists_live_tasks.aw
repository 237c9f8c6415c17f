# all_tasks() lists the tasks that are not done yet, main included.
async fn nap(d) { await sleep(d) }
print(len(all_tasks()))  # expect: 1
let a = spawn nap(1)
let b = spawn nap(2)
print(len(all_tasks()))  # expect: 3
print(all_tasks().map(fn (t) => t.name))  # expect: ["main", "nap", "nap"]
await sleep(1.5)
print(len(all_tasks()))  # expect: 2
await b
print(all_tasks())  # expect: [<task main#1 running>]
