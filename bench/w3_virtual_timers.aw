# W3 virtual timers: task i sleeps until ((i * 7919) % 1000) / 1000 s after the start, then
# appends i to a list; run in virtual time (--virtual), against Trio's MockClock(autojump_threshold=0)
# in ../../shared/bench/peers/w3_virtual_timers_trio.py. N=100000 prints
# n=100000 elapsed=0.999 checksum=857451690 (the checksum weights positions by delay, so it
# does not depend on the order of equal deadlines).
let M = 1_000_000_007

async fn sleeper(i, t0, order) {
    await sleep(t0 + ((i * 7919) % 1000) / 1000 - now())
    order.append(i)
}

let n = int(env("N", "100000"))
let order = []
let t0 = now()
with group() as g {
    for i in range(n) { g.spawn(sleeper(i, t0, order)) }
}
let elapsed = now() - t0
var checksum = 0
for position, i in enumerate(order, 1) {
    checksum = (checksum + position * ((i * 7919) % 1000)) % M
}
print("n=\(len(order)) elapsed=\(round(elapsed, 3)) checksum=\(checksum)")
