fn named(name) => {
    enter: fn () { print("enter", name) },
    exit: fn (error) { print("exit", name) }
}
with named("a") {
    with named("b") {
        print("body")
    }
}
# expect: enter a
# expect: enter b
# expect: body
# expect: exit b
# expect: exit a
