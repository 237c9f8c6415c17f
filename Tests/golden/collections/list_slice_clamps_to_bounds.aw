# Slices clamp out-of-range bounds, as in Python; only indexing raises.
let xs = [0, 1, 2]
print(xs[1:10])  # expect: [1, 2]
print(xs[5:])  # expect: []
print(xs[2:1])  # expect: []
