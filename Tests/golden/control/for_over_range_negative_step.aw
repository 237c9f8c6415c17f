for i in range(5, 0, -2) { print(i) }
# expect: 5
# expect: 3
# expect: 1
