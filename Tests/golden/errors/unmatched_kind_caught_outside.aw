try {
    try {
        throw KeyError("deep")
    } catch ValueError {
        print("not here")
    }
} catch KeyError as e {
    print("outer got", e.message)
}
# expect: outer got deep
