# W5 http-fanout: n GETs of a 1 KB static file, at most 50 in flight; print the number of 200s.
# The same workload as ../../shared/bench/peers/w5_http_fanout.py (aiohttp, a
# connector of 50 and a semaphore); needs the peers' nginx on 127.0.0.1:18080.
let url = env("URL", "http://127.0.0.1:18080/small.txt")
let n = int(env("N", "2000"))
let gate = Semaphore(50)

async fn fetch(client) {
    with gate {
        return (await client.get(url)).status == 200
    }
}

with http.client(limit: 50, per_host: 50) as client {
    let tasks = []
    for _ in range(n) { tasks.append(spawn fetch(client)) }
    var ok = 0
    for fine in await gather(...tasks) { if fine { ok += 1 } }
    print(ok)
}
