# Of nested timeouts the one whose deadline expired reports; the outer block carries on.
with timeout(5) {
    try {
        with timeout(1) {
            await sleep(3)
        }
    } catch TimeoutError {
        print("inner timeout at", now())  # expect: inner timeout at 1.0
    }
    await sleep(1)
    print("outer block continues at", now())  # expect: outer block continues at 2.0
}
print("outer done")  # expect: outer done
