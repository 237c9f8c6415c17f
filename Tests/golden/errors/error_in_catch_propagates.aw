try {
    try {
        throw ValueError("first")
    } catch ValueError {
        throw TypeError("second")
    } finally {
        print("finally")
    }
} catch e {
    print(e.kind, e.message)
}
# expect: finally
# expect: TypeError second
