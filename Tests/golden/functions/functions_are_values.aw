fn twice(f, x) => f(f(x))
fn inc(x) => x + 1
print(twice(inc, 5))  # expect: 7
fn adder(n) => fn (x) => x + n
let add5 = adder(5)
print(add5(1))  # expect: 6
