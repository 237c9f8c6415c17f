# Exercise 01: concurrent downloads (solution)
#
# Goal: download three files AT THE SAME TIME. Each download takes about
# 1 second (httpbin's /delay/1 plus 0.05 s of network latency), so the
# three together should take 1.05 s, not 3.15 s.
#
# Calling an async fn only makes a coroutine; nothing runs yet. gather(...)
# spawns each coroutine as a task, so all three requests are in flight at
# once, and returns their results in argument order.
#
# Run it:   asyncrepl run --virtual samples/exercises/01-concurrent-downloads/solution.aw

async fn download(name) {
    let response = await http.get("https://httpbin.org/delay/1")
    return "\(name): status \(response.status)"
}

let start = now()

let results = await gather(download("a.txt"), download("b.txt"), download("c.txt"))

for line in results { print(line) }
print("took \(now() - start) s")

# expect: a.txt: status 200
# expect: b.txt: status 200
# expect: c.txt: status 200
# expect: took 1.05 s
# expect time: 1.05
