# Exercise 01: concurrent downloads
#
# Goal: download three files AT THE SAME TIME. Each download takes about
# 1 second (httpbin's /delay/1 plus 0.05 s of network latency), so the
# three together should take 1.05 s, not 3.15 s.
#
# Try it:   asyncrepl run --virtual samples/exercises/01-concurrent-downloads/exercise.aw
# Check it: asyncrepl test samples/exercises/01-concurrent-downloads
#
# exercise: starter

async fn download(name) {
    let response = await http.get("https://httpbin.org/delay/1")
    return "\(name): status \(response.status)"
}

let start = now()

# TODO: these three awaits run one after another: each waits for the
# previous download to finish before the next one starts. Make them run
# concurrently: call download(...) three times WITHOUT awaiting each call
# and hand the three coroutines to a single `await gather(...)`, which
# returns their results as a list, in argument order.
let a = await download("a.txt")
let b = await download("b.txt")
let c = await download("c.txt")
let results = [a, b, c]

for line in results { print(line) }
print("took \(now() - start) s")

# expect: a.txt: status 200
# expect: b.txt: status 200
# expect: c.txt: status 200
# expect: took 1.05 s
# expect time: 1.05
