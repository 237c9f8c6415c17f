let ctx = {
    enter: fn () => nil,
    exit: fn (error) { print("exit ran for", error.kind) }
}
with ctx {
    throw TypeError("unhandled")
}
# expect: exit ran for TypeError
# expect error: error: TypeError: unhandled
