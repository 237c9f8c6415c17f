# Exercise 03: cap concurrency
#
# Goal: fetch nine pages, but never have more than 3 requests in flight at
# once (the server asks clients to be polite). Each request takes 1.05 s, so
# with at most 3 at a time the nine take three rounds: 3.15 s.
#
# Try it:   asyncrepl run --virtual samples/exercises/03-cap-concurrency/exercise.aw
# Check it: asyncrepl test samples/exercises/03-cap-concurrency
#
# exercise: starter

var in_flight = 0   # requests running right now
var peak = 0        # the most that ever ran at once

# TODO: create a Semaphore with 3 permits here: let sem = Semaphore(3)

async fn fetch(page) {
    # TODO: wrap the whole body of this function in `with sem { ... }`,
    # so a fourth fetch waits for a permit until one of the first three ends.
    in_flight += 1
    peak = max(peak, in_flight)
    let response = await http.get("https://httpbin.org/delay/1?page=\(page)")
    in_flight -= 1
    return response.status
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
