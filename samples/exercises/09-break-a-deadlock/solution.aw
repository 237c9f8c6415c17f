# Exercise 09: break a deadlock (solution)
#
# Goal: two transfers run at the same time, ann -> bob and bob -> ann.
# Taking "my" lock first and "theirs" second made each transfer hold one
# lock while waiting for the other: a cycle in the wait-for graph, so a
# DeadlockError.
#
# Both transfers now take the locks in one global order (by account name),
# so whoever gets "ann" first also gets "bob"; the other waits on "ann"
# while holding nothing, and a cycle cannot form. The fraud check still
# runs under the lock, so the second transfer ends at 0.2 s.
#
# Run it:   asyncrepl run --virtual samples/exercises/09-break-a-deadlock/solution.aw

var balances = {"ann": 100, "bob": 50}
let locks = {"ann": Lock(), "bob": Lock()}

async fn transfer(source, target, amount) {
    let first = min(source, target)
    let second = max(source, target)
    with locks[first] {
        await sleep(0.1)                 # fraud check
        with locks[second] {
            balances[source] -= amount
            balances[target] += amount
            print("[\(now())] \(source) -> \(target): \(amount)")
        }
    }
}

await gather(transfer("ann", "bob", 30), transfer("bob", "ann", 10))
print("balances: \(balances)")

# expect: [0.1] ann -> bob: 30
# expect: [0.2] bob -> ann: 10
# expect: balances: {"ann": 80, "bob": 70}
# expect time: 0.2
# No deadlock, and none in any other order of the transfers either:
# expect deadlock: none
# expect failures: 0 (exhaustive)
