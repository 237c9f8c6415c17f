try {
    throw KeyError("k")
} catch ValueError as e {
    print("wrong clause")
} catch KeyError as e {
    print("key clause")
} catch e {
    print("generic clause")
}
# expect: key clause
