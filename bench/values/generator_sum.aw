# A generator function yielding 10,000,000 items, summed. Same program:
# generator_sum.py / .js.
let n = int(env("N", "10000000"))

fn numbers(limit) {
    var i = 0
    while i < limit {
        yield i
        i += 1
    }
}

print(sum(numbers(n)))
