let ctx = {
    enter: fn () {
        print("enter")
        return "resource"
    },
    exit: fn (error) {
        print("exit", error)
    }
}
with ctx as r {
    print("body with", r)
}
print("after")
# expect: enter
# expect: body with resource
# expect: exit nil
# expect: after
