# A first tour of AsyncLang: values, functions, closures, generators, errors.
# Run it with `asyncrepl run samples/hello.aw`; `asyncrepl test samples`
# checks its output against the `# expect:` lines.

let name = "AsyncLang"
print("Hello from \(name)!")
# expect: Hello from AsyncLang!

fn fib(n) {
    if n < 2 { return n }
    return fib(n - 1) + fib(n - 2)
}
print([0, 1, 2, 3, 4, 5, 6].map(fib))
# expect: [0, 1, 1, 2, 3, 5, 8]

fn make_counter() {
    var count = 0
    return fn () {
        count += 1
        return count
    }
}
let next = make_counter()
next()
next()
print("counter:", next())
# expect: counter: 3

fn countdown(n) {
    while n > 0 {
        yield n
        n -= 1
    }
}
print(list(countdown(3)), sum(countdown(100)))
# expect: [3, 2, 1] 5050

let scores = {"ann": 91, "bo": 78, "cy": 85}
for who, score in sorted(scores.items(), key: fn (pair) => pair[1], reverse: true) {
    print("\(who): \(score)")
}
# expect: ann: 91
# expect: cy: 85
# expect: bo: 78

fn safe_ratio(a, b) {
    try {
        return a / b
    } catch ZeroDivisionError as e {
        print("caught", e)
        return nil
    } finally {
        print("checked \(a) / \(b)")
    }
}
print(safe_ratio(1, 4))
# expect: checked 1 / 4
# expect: 0.25
print(safe_ratio(1, 0))
# expect: caught ZeroDivisionError: division by zero
# expect: checked 1 / 0
# expect: nil

async fn greet(who) {
    return "hi \(who)"
}
print(await greet("there"))
# expect: hi there
