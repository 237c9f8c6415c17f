# timeout() needs a number of seconds.
with timeout("soon") { await sleep(1) }
# expect error: error: TypeError: timeout() expects a number of seconds, got string
