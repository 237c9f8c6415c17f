fn f() => 1
let g = f
print(f == g)  # expect: true
let h1 = fn () => 1
let h2 = fn () => 1
print(h1 == h2)  # expect: false
