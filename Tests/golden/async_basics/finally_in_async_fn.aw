async fn guarded() {
    try {
        throw Error("x")
    } finally {
        print("async finally")
    }
}
try {
    await guarded()
} catch e {
    print("caught", e.message)
}
# expect: async finally
# expect: caught x
