let xs = [1, 2]
let ys = xs[:]
ys.append(3)
print(xs, ys)  # expect: [1, 2] [1, 2, 3]
