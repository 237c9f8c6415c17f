# Three tellers, three transfers each: each moves money between its own
# account and a shared one under a lock, awaiting inside. Shared state, but
# most steps touch only their own account.
var shared = 100
let lock = Lock()
var own = [0, 0, 0]
async fn teller(i) {
    for round in range(3) {
        own[i] = own[i] + 1
        await sleep(0)
        if round == 1 {
            with lock { shared = shared - 1 }
        }
    }
}
await gather(teller(0), teller(1), teller(2))
print(shared, own)
