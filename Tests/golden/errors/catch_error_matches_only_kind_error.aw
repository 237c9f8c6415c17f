# `catch K` matches kind K exactly: kinds are names, not a class hierarchy.
try {
    try {
        throw ValueError("v")
    } catch Error {
        print("Error clause must not match a ValueError")
    }
} catch ValueError as e {
    print("ValueError clause:", e.message)
}
# expect: ValueError clause: v
