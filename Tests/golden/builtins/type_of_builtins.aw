print(type(print), print)  # expect: fn <fn print>
print(type(ValueError))  # expect: fn
