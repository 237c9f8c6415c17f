fn gen() {
    print("body started")
    yield 1
}
let g = gen()
print(type(g))  # expect: generator
print(list(g))
# expect: body started
# expect: [1]
