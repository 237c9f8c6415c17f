var exits = 0
let ctx = {
    enter: fn () => nil,
    exit: fn (error) { exits += 1 }
}
for i in range(3) {
    with ctx {
        continue
    }
}
print(exits)  # expect: 3
