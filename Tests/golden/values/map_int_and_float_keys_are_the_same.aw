# 1 == 1.0, so they are the same map key.
let m = {1: "one"}
print(m[1.0])  # expect: one
m[2.0] = "two"
print(m[2])  # expect: two
print(len(m))  # expect: 2
