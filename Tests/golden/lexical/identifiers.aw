let _private = 1
let snake_case2 = 2
let CamelCase = 3
print(_private + snake_case2 + CamelCase)  # expect: 6
