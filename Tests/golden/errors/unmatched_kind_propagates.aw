try {
    throw KeyError("nope")
} catch ValueError {
    print("not here")
}
# expect error: error: KeyError: nope
