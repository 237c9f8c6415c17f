# Exercise 04: lost update (solution)
#
# Goal: five tellers each add 10 deposits of 1 coin to the same balance, so
# it must end at 50. Without a lock it ends far lower: updates get lost.
#
# The read-await-write sequence is a critical section: while one teller is
# between reading and writing, no other may read. `with lock { ... }` makes
# the others wait at the lock (in FIFO order) and always releases it, even
# if the body throws or is cancelled.
#
# Run it:   asyncrepl run --virtual samples/exercises/04-lost-update/solution.aw

var balance = 0

let lock = Lock()

async fn deposit() {
    with lock {
        let current = balance
        await sleep(0)            # write to the audit log: other tasks run here
        balance = current + 1
    }
}

async fn teller(name) {
    for i in range(10) {
        await deposit()
    }
    print("\(name) made 10 deposits")
}

await gather(teller("ann"), teller("bob"), teller("cy"), teller("dee"), teller("eve"))
print("balance: \(balance) (expected 50)")
if balance != 50 { throw Error("lost \(50 - balance) deposits") }

# expect: ann made 10 deposits
# expect: bob made 10 deposits
# expect: cy made 10 deposits
# expect: dee made 10 deposits
# expect: eve made 10 deposits
# expect: balance: 50 (expected 50)
# expect time: 0.0
# Right under any order of the tellers, not only FIFO's:
# expect failures: 0 (runs: 100)
