let ctx = {
    enter: fn () => nil,
    exit: fn (error) { print("exit") }
}
fn f() {
    with ctx {
        return "returned"
    }
    return "not this"
}
print(f())
# expect: exit
# expect: returned
