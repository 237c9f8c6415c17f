# Exercise 09: break a deadlock
#
# Goal: two transfers run at the same time, ann -> bob and bob -> ann.
# Each locks the account it takes money from, then (after a 0.1 s fraud
# check) the account it pays into. Transfer 1 holds ann's lock and waits for
# bob's; transfer 2 holds bob's and waits for ann's: neither can go on, and
# the run ends in "DeadlockError: all tasks are blocked" with the wait-for
# graph. Read that graph, then fix the lock order.
#
# Try it:   asyncrepl run --virtual samples/exercises/09-break-a-deadlock/exercise.aw
# Check it: asyncrepl test samples/exercises/09-break-a-deadlock
#
# exercise: starter

var balances = {"ann": 100, "bob": 50}
let locks = {"ann": Lock(), "bob": Lock()}

async fn transfer(source, target, amount) {
    # TODO: lock-order inversion. Always take the two locks in the SAME
    # global order, whichever way the money goes: e.g. the account whose
    # name sorts first (min(source, target)) before the other (max(...)).
    # Then no task can hold the second lock while waiting for the first.
    with locks[source] {
        await sleep(0.1)                 # fraud check
        with locks[target] {
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
