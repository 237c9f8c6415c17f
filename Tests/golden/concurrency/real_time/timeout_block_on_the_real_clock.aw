# mode: real
# On the real clock a timeout block ends at its deadline with TimeoutError; a quicker task finished before it.
let quick = spawn { await sleep(0.01); print("quick task done") }
try {
    with timeout(0.1) { await sleep(5) }
} catch TimeoutError {
    print("block timed out")
}
# expect: quick task done
# expect: block timed out
