# Section 8 lists the falsy values exhaustively: an empty range is truthy.
print(bool(range(0)))  # expect: true
if range(5, 1) { print("truthy") } else { print("falsy") }
# expect: truthy
