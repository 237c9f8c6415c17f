for i in range(5) {
    try {
        if i == 1 { break }
        print("body", i)
    } finally {
        print("finally", i)
    }
}
# expect: body 0
# expect: finally 0
# expect: finally 1
