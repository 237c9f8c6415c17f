# PENDING: interpreter bug (process crash). An uncaught error thrown in a `sorted(key:)`
# function crashes the process ("Range requires lowerBound <= upperBound") instead of
# being reported as `error: TypeError: ...` with exit status 1.
print(sorted([1, 2], key: fn (x) => x + "a"))
# expect error: error: TypeError
