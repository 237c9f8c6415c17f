fn tracker() {
    var depth = 0
    return {
        enter: fn () {
            depth += 1
            return depth
        },
        exit: fn (error) { depth -= 1 },
        depth: fn () => depth
    }
}
let t = tracker()
with t as level {
    print("inside at level", level)  # expect: inside at level 1
}
print("after at level", t.depth())  # expect: after at level 0
