# A task that failed unobserved only warns on stderr; the script still exits 0.
# expect exit: 0
async fn bad() { throw ValueError("unobserved") }
spawn bad()
await sleep(1)
print("main done")  # expect: main done
