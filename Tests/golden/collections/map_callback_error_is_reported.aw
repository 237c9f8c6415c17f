# An uncaught error in a map callback is reported like any other.
[1, 2].map(fn (x) => x / 0)
# expect error: error: ZeroDivisionError: division by zero
