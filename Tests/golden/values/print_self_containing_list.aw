# A list or map that contains itself prints without looping forever.
let xs = [1]
xs.append(xs)
print(xs)  # expect: [1, [...]]
let m = {}
m.self = m
print(m)  # expect: {"self": {...}}
