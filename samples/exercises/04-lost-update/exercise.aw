# Exercise 04: lost update
#
# Goal: five tellers each add 10 deposits of 1 coin to the same balance, so
# it must end at 50. It ends far lower: updates get lost. Fix it with a Lock.
#
# Why: a deposit reads the balance, awaits (the bank's audit log), then
# writes balance + 1. At that await another teller runs, reads the SAME old
# balance, and later writes the same value: one of the two deposits is lost.
#
# Try it:   asyncrepl run --virtual samples/exercises/04-lost-update/exercise.aw
# Check it: asyncrepl test samples/exercises/04-lost-update
#
# exercise: starter

var balance = 0

# TODO: create a Lock here: let lock = Lock()

async fn deposit() {
    # TODO: put the read, the await and the write inside `with lock { ... }`,
    # so no other teller can touch the balance in between.
    let current = balance
    await sleep(0)            # write to the audit log: other tasks run here
    balance = current + 1
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
