# Four tellers, four transfers each: each moves money between its own
# account and a shared one under a lock, awaiting inside, twice.
var shared = 100
let lock = Lock()
var own = [0, 0, 0, 0]
async fn teller(i) {
    for round in range(4) {
        own[i] = own[i] + 1
        await sleep(0)
        if round == 1 or round == 3 {
            with lock { shared = shared - 1 }
        }
    }
}
await gather(teller(0), teller(1), teller(2), teller(3))
print(shared, own)
