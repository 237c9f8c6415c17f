if [] { print("no") } else { print("empty list is falsy") }
# expect: empty list is falsy
if "x" { print("non-empty string is truthy") }
# expect: non-empty string is truthy
