fn f() => 1
fn gen() { yield 1 }
async fn co() => 1
print(type([]))  # expect: list
print(type({}))  # expect: map
print(type(f))  # expect: fn
print(type(fn (x) => x))  # expect: fn
print(type(range(3)))  # expect: range
print(type(Error("x")))  # expect: error
print(type(gen()))  # expect: generator
let c = co()
print(type(c))  # expect: coroutine
await c
