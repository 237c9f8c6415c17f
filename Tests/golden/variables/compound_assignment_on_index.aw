let xs = [1, 2, 3]
xs[0] += 10
xs[-1] *= 2
print(xs)  # expect: [11, 2, 6]
let m = {"k": 5}
m["k"] -= 1
print(m)  # expect: {"k": 4}
