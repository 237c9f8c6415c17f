let ctx = {
    enter: fn () { throw Error("enter failed") },
    exit: fn (error) { print("exit must not run") }
}
try {
    with ctx {
        print("body must not run")
    }
} catch e {
    print(e.message)  # expect: enter failed
}
