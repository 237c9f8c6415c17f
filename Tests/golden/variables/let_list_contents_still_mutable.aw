# `let` fixes the binding, not the value it refers to.
let xs = [1]
xs.append(2)
xs[0] = 9
print(xs)  # expect: [9, 2]
