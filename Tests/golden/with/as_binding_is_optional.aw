let ctx = {
    enter: fn () { print("enter") },
    exit: fn (error) { print("exit") }
}
with ctx {
    print("body")
}
# expect: enter
# expect: body
# expect: exit
