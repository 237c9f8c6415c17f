let ctx = {
    enter: fn () => nil,
    exit: fn (error) { print("exit", error.kind) }
}
fn fail() => [][0]
try {
    with ctx { fail() }
} catch IndexError {
    print("caught")
}
# expect: exit IndexError
# expect: caught
