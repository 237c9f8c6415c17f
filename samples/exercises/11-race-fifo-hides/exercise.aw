# Exercise 11: a race FIFO order hides
#
# Goal: two customers each withdraw 70 from an account of 100. Only one can
# be paid; the account must never go below zero. Run it: it looks right.
# Now explore it:
#
#   asyncrepl explore samples/exercises/11-race-fifo-hides/exercise.aw --exhaustive
#
# Some orders of the two tasks overdraw the account. Make every order right.
#
# Why: a withdrawal checks the balance, awaits (the bank's round trip), then
# takes the money. bob arrives a moment later, so in FIFO order alice has
# paid before bob checks. But if bob's check runs during alice's await, both
# see 100 and both are paid. A test that runs one order cannot see this;
# the checker below runs every order.
#
# Try it:   asyncrepl run --virtual samples/exercises/11-race-fifo-hides/exercise.aw
# Check it: asyncrepl test samples/exercises/11-race-fifo-hides
#
# exercise: starter

var balance = 100
# TODO: create a Lock here: let lock = Lock()

async fn withdraw(who, amount) {
    # TODO: hold the lock from the check to the update: wrap this whole `if`
    # in `with lock { ... }`, so no other withdrawal can check in between.
    if balance >= amount {
        await sleep(0)  # the round trip between the check and the update
        balance -= amount
        print(who, "took", amount)
    } else {
        print(who, "was refused")
    }
}

async fn late_customer() {
    await sleep(0)  # arrives a moment later
    await withdraw("bob", 70)
}

await gather(withdraw("alice", 70), late_customer())
print("balance:", balance)
if balance < 0 { throw Error("overdrawn: the balance is \(balance)") }

# expect: alice took 70
# expect: bob was refused
# expect: balance: 30
# In every order of the two tasks, no overdraft:
# expect failures: 0 (exhaustive)
