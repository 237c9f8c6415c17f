fn gen() { yield 1 }
print(gen())  # expect: <generator gen>
let named = fn (x) => x
print(named)  # expect: <fn named>
