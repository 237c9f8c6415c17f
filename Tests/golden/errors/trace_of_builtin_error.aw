fn parse(s) {
    return int(s)
}
try {
    parse("x")
} catch e {
    print(e.trace[0].ends_with(":2:12 in parse"))  # expect: true
    print(e.trace[1].ends_with(":5:5 in <main>"))  # expect: true
}
