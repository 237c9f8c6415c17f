# An uncaught TimeoutError from wait_for ends the script with status 1.
await wait_for(sleep(10), 0.5)
# expect error: error: TimeoutError: timed out after 0.5 s
