try {
    try {
        throw Error("inner")
    } finally {
        print("inner finally")
    }
} catch e {
    print("outer catch", e.message)
} finally {
    print("outer finally")
}
# expect: inner finally
# expect: outer catch inner
# expect: outer finally
