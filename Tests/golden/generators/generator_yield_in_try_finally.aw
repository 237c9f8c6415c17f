fn guarded() {
    try {
        yield 1
        yield 2
    } finally {
        print("cleanup")
    }
}
print(list(guarded()))
# expect: cleanup
# expect: [1, 2]
