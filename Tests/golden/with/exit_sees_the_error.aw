let ctx = {
    enter: fn () => nil,
    exit: fn (error) {
        print("exit saw", error.kind, error.message)
    }
}
try {
    with ctx {
        throw ValueError("inside")
    }
} catch ValueError as e {
    print("still propagates:", e.message)
}
# expect: exit saw ValueError inside
# expect: still propagates: inside
