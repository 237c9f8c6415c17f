# stats() counts live tasks and every task ever made: three spawns add three to both, finishing them removes three live ones.
async fn nap() { await sleep(1) }
let before = stats()
let ts = [spawn nap(), spawn nap(), spawn nap()]
let during = stats()
print(during.tasks_live - before.tasks_live, during.tasks_total - before.tasks_total)  # expect: 3 3
print(during.tasks_live == len(all_tasks()))  # expect: true
await gather(...ts)
let after = stats()
print(after.tasks_live - before.tasks_live, after.tasks_total - before.tasks_total)  # expect: 0 3
