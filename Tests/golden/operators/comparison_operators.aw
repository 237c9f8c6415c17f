print(1 < 2, 2 <= 2, 3 > 4, 4 >= 5, 1 != 2, 1 == 1)  # expect: true true false false true true
print(1 < 1.5)  # expect: true
print("apple" < "banana")  # expect: true
