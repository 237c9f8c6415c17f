# PENDING: interpreter bug (process crash). An error thrown inside a function called
# back by `list.map` and not caught must end the script with the usual report
# (LANGUAGE.md section 5: "The process never crashes on any input").
# Instead the process dies with "Fatal error: Range requires lowerBound <= upperBound"
# (signal 4) while reporting the error. Caught errors are fine.
[1, 2].map(fn (x) => x / 0)
# expect error: error: ZeroDivisionError: division by zero
