# A `with timeout(s)` block that finishes before its deadline runs to the end with no error.
with timeout(2) {
    await sleep(1)
    print("block done at", now())  # expect: block done at 1.0
}
print("after the block")  # expect: after the block
