# PENDING: interpreter bug (memory corruption). Recursing through `map` callbacks raises
# RecursionError ("too many nested callbacks (more than 200)"); catching it and then
# using the error value corrupts the heap: the run ends with "corrupted size vs.
# prev_size" / "free(): invalid next size" or a segfault (signal 11) instead of exiting 0.
fn f(n) {
    if n == 0 { return 0 }
    return [n - 1].map(f)[0] + 1
}
try {
    f(1000)
} catch e {
    print(e.kind, len(e.trace) > 0)
}
print("after")
# expect: RecursionError true
# expect: after
