# A single failing child still gives an ErrorGroup, whose .errors holds that one error.
async fn bad() { throw KeyError("missing") }
try {
    with group() as g { g.spawn(bad()) }
} catch ErrorGroup as eg {
    print(eg.kind)  # expect: ErrorGroup
    print(len(eg.errors))  # expect: 1
    print(eg.errors[0].kind, eg.errors[0].message)  # expect: KeyError missing
}
