# `spawn { ... }` runs a block as a new task; the block sees the enclosing variables by reference.
var n = 0
let t = spawn {
    n += 1
    print("in block, n =", n)
}
print("before, n =", n)
await t
print("after, n =", n)
# expect: before, n = 0
# expect: in block, n = 1
# expect: after, n = 1
