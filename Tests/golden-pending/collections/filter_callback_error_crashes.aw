# PENDING: interpreter bug (process crash). An uncaught error thrown in a `filter`
# callback crashes the process ("Range requires lowerBound <= upperBound") instead of
# being reported as `error: ValueError: ...` with exit status 1.
fn keep(x) {
    throw ValueError("no filter today")
}
[1].filter(keep)
# expect error: error: ValueError: no filter today
