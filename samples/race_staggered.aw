# A race FIFO order hides: two withdrawals of 70 from an account of 100.
# Each checks the balance, then awaits (a database round trip, say) before
# taking the money. The second customer arrives a moment later, so in FIFO
# order the first has paid before the second checks, and all is well. One
# reordering (the late customer's check going first) overdraws the account:
#
#   asyncrepl run --virtual samples/race_staggered.aw        (passes)
#   asyncrepl explore samples/race_staggered.aw --exhaustive (finds it)
var balance = 100

async fn withdraw(who, amount) {
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
# FIFO passes, but 6 of the 10 schedules overdraw the account:
# expect schedules: 10
# expect failures: 6 (exhaustive)
