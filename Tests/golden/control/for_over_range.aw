for i in range(3) { print(i) }
# expect: 0
# expect: 1
# expect: 2
for i in range(2, 10, 3) { print(i) }
# expect: 2
# expect: 5
# expect: 8
