fn faulty() {
    yield 1
    throw ValueError("generator broke")
}
try {
    for x in faulty() {
        print(x)
    }
} catch ValueError as e {
    print("caught:", e.message)
}
# expect: 1
# expect: caught: generator broke
