# An anonymous function prints as <fn>; a named one with its name.
print(fn (x) => x)  # expect: <fn>
let double = fn (x) => x * 2
print(double)  # expect: <fn double>
