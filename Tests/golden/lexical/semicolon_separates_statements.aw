print(1); print(2); let x = 3; print(x)
# expect: 1
# expect: 2
# expect: 3
