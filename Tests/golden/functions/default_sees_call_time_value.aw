var base = 1
fn f(x = base * 10) => x
print(f())  # expect: 10
base = 2
print(f())  # expect: 20
