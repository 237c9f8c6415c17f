print("output before the error is kept")
throw Error("stop")
print("never")
# expect: output before the error is kept
# expect error: error: Error: stop
# expect exit: 1
