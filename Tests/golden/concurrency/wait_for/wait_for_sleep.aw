# wait_for accepts a bare awaitable such as sleep().
try {
    await wait_for(sleep(5), 2)
} catch TimeoutError {
    print("sleep cut short at", now())  # expect: sleep cut short at 2.0
}
