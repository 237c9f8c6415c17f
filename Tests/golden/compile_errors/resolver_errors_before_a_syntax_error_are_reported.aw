# A compile error before a syntax error is reported too, in source order.
let a = 1
a = 2
print(1 +)
# expect error: error[syntax]: cannot assign to 'a'
