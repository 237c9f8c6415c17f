let m = {"k": "v"}
print("value: \(m["k"])")  # expect: value: v
print("\("a" + "b")!")  # expect: ab!
print("outer \("inner \(1 + 1)")")  # expect: outer inner 2
