# An ErrorGroup is an ordinary error: `catch e` catches it.
async fn bad() { throw ValueError("x") }
try {
    with group() as g { g.spawn(bad()) }
} catch e {
    print("caught", e.kind)  # expect: caught ErrorGroup
}
