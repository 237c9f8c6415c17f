let ctx = {
    enter: fn () { print("enter") },
    exit: fn (error) { print("exit") }
}
for i in range(3) {
    with ctx {
        if i == 1 { break }
        print("body", i)
    }
}
print("loop done")
# expect: enter
# expect: body 0
# expect: exit
# expect: enter
# expect: exit
# expect: loop done
