for i in range(2) {
    try {
        continue
        print("unreachable")
    } finally {
        print("finally", i)
    }
}
# expect: finally 0
# expect: finally 1
