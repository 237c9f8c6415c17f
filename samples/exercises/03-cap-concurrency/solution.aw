# Exercise 03: cap concurrency (solution)
#
# Goal: fetch nine pages, but never have more than 3 requests in flight at
# once (the server asks clients to be polite). Each request takes 1.05 s, so
# with at most 3 at a time the nine take three rounds: 3.15 s.
#
# gather still starts nine tasks at once, but each must take one of the
# semaphore's 3 permits before it sends its request; the others wait in
# FIFO order and get a permit as soon as a running fetch leaves its `with`
# block (even if it fails: `with` always gives the permit back).
#
# Run it:   asyncrepl run --virtual samples/exercises/03-cap-concurrency/solution.aw

var in_flight = 0   # requests running right now
var peak = 0        # the most that ever ran at once

let sem = Semaphore(3)

async fn fetch(page) {
    with sem {
        in_flight += 1
        peak = max(peak, in_flight)
        let response = await http.get("https://httpbin.org/delay/1?page=\(page)")
        in_flight -= 1
        return response.status
    }
}

let start = now()
let pages = list(range(1, 10))   # [1, 2, ..., 9]
let statuses = await gather(...pages.map(fetch))
print("fetched \(len(statuses)) pages, statuses \(statuses)")
print("peak concurrency: \(peak)")
print("took \(round(now() - start, 2)) s")

# expect: fetched 9 pages, statuses [200, 200, 200, 200, 200, 200, 200, 200, 200]
# expect: peak concurrency: 3
# expect: took 3.15 s
# expect time: 3.15
