# Closures with map and filter over 1,000,000-element lists, a composed
# function and a captured counter. Same program: closures_map_filter.py / .js.
let n = int(env("N", "1000000"))

fn make_counter() {
    var count = 0
    return fn (k) {
        count += k
        return count
    }
}

fn compose(f, g) => fn (x) => g(f(x))

fn adder(k) => fn (x) => x + k

let xs = list(range(n))
let tripled = xs.map(fn (x) => x * 3 + 1)
let evens = tripled.filter(fn (x) => x % 2 == 0)
let shifted = evens.map(compose(adder(7), fn (x) => x // 2))
let small = shifted.filter(fn (x) => x % 10 < 3)

let counter = make_counter()
for x in small {
    counter(x % 7)
}

var total = 0
for x in shifted {
    total = (total + x) % 1000000007
}

print(len(tripled), len(evens), len(small), shifted[-1], total, counter(0))
