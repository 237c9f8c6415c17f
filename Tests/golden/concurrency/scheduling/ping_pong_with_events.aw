# Two tasks hand control back and forth through events; the output is one fixed interleaving.
let ping = Event()
let pong = Event()
async fn player(name, mine, theirs) {
    for i in range(3) {
        await mine.wait()
        mine.clear()
        print(name, i)
        theirs.set()
    }
}
let a = spawn player("ping", ping, pong)
let b = spawn player("pong", pong, ping)
ping.set()
await gather(a, b)
# expect: ping 0
# expect: pong 0
# expect: ping 1
# expect: pong 1
# expect: ping 2
# expect: pong 2
