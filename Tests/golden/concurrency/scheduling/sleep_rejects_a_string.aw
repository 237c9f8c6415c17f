# sleep() checks its argument and names what it got.
await sleep("1")
# expect error: error: TypeError: sleep() expects a number of seconds, got string
