print(sorted([3, 1, 2], reverse: true))  # expect: [3, 2, 1]
print("a", "b", sep: "+")  # expect: a+b
