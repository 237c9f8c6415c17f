let a = [3]
print(-a[0] ** 2)  # expect: -9
let m = {"n": 2}
print(m.n ** 3)  # expect: 8
