try {
    throw ValueError("bad value")
} catch e {
    print(e.kind)  # expect: ValueError
    print(e.message)  # expect: bad value
    print(type(e))  # expect: error
    print(e)  # expect: ValueError: bad value
}
