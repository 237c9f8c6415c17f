# Exercise 02: add a timeout (solution)
#
# Goal: the report service is having a bad day and answers after 5 seconds.
# Our page cannot wait that long: give the request at most 2 seconds, and
# when it times out, show the cached report instead.
#
# wait_for(aw, 2) runs the request as a task; at the 2-second deadline it
# cancels that task, waits until it has finished, and throws TimeoutError,
# which we catch by name. (`with timeout(2) { ... }` or
# `http.get(url, timeout: 2)` would do the same here.)
#
# Run it:   asyncrepl run --virtual samples/exercises/02-add-a-timeout/solution.aw

let cached_report = "sales: 41 (cached yesterday)"

async fn fetch_report() {
    await http.get("https://httpbin.org/delay/5")   # answers after 5 s: too slow!
    return "sales: 42 (fresh)"
}

async fn show_report() {
    var report = cached_report
    try {
        report = await wait_for(fetch_report(), 2)
    } catch TimeoutError {
        print("report service too slow, showing the cache")
    }
    print("report:", report)
}

await show_report()
print("page rendered at \(now()) s")

# expect: report service too slow, showing the cache
# expect: report: sales: 41 (cached yesterday)
# expect: page rendered at 2.0 s
# expect time: 2.0
