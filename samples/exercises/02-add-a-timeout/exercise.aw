# Exercise 02: add a timeout
#
# Goal: the report service is having a bad day and answers after 5 seconds.
# Our page cannot wait that long: give the request at most 2 seconds, and
# when it times out, show the cached report instead.
#
# Try it:   asyncrepl run --virtual samples/exercises/02-add-a-timeout/exercise.aw
# Check it: asyncrepl test samples/exercises/02-add-a-timeout
#
# exercise: starter

let cached_report = "sales: 41 (cached yesterday)"

async fn fetch_report() {
    await http.get("https://httpbin.org/delay/5")   # answers after 5 s: too slow!
    return "sales: 42 (fresh)"
}

async fn show_report() {
    # TODO: give fetch_report() at most 2 seconds, using either
    #   `await wait_for(fetch_report(), 2)` or a `with timeout(2) { ... }` block.
    # TODO: when it takes longer, a TimeoutError is thrown: catch it with
    #   `try { ... } catch TimeoutError { ... }`, print
    #   "report service too slow, showing the cache" and use cached_report.
    let report = await fetch_report()
    print("report:", report)
}

await show_report()
print("page rendered at \(now()) s")

# expect: report service too slow, showing the cache
# expect: report: sales: 41 (cached yesterday)
# expect: page rendered at 2.0 s
# expect time: 2.0
