fn risky() {
    try {
        throw ValueError("original")
    } catch e {
        print("logging", e.kind)
        throw e
    }
}
try {
    risky()
} catch ValueError as e {
    print("rethrown", e.message)
}
# expect: logging ValueError
# expect: rethrown original
