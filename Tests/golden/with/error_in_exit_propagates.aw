let ctx = {
    enter: fn () => nil,
    exit: fn (error) { throw Error("exit failed") }
}
try {
    with ctx {
        print("body")  # expect: body
    }
} catch e {
    print(e.message)  # expect: exit failed
}
