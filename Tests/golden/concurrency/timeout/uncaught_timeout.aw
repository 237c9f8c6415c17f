# An expired timeout that nobody catches ends the script with TimeoutError.
with timeout(0.5) {
    await sleep(1)
}
# expect error: error: TimeoutError: timed out after 0.5 s
