fn numbers() {
    for i in range(3) {
        print("yield", i)
        yield i
    }
}
for n in numbers() {
    print("got", n)
}
# expect: yield 0
# expect: got 0
# expect: yield 1
# expect: got 1
# expect: yield 2
# expect: got 2
