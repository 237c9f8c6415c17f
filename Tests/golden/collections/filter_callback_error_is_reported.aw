# An uncaught error in a filter callback is reported like any other.
fn keep(x) {
    throw ValueError("no filter today")
}
[1].filter(keep)
# expect error: error: ValueError: no filter today
