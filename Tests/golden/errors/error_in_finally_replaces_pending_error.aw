try {
    try {
        throw Error("first")
    } finally {
        throw Error("second")
    }
} catch e {
    print(e.message)  # expect: second
}
