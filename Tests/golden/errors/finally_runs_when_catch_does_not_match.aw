try {
    try {
        throw TypeError("t")
    } catch ValueError {
        print("no")
    } finally {
        print("inner finally")
    }
} catch TypeError {
    print("outer catch")
}
# expect: inner finally
# expect: outer catch
