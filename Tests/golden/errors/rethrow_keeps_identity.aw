let original = ValueError("same")
try {
    try {
        throw original
    } catch e {
        throw e
    }
} catch e {
    print(e == original)  # expect: true
}
