print("never printed")
print(9223372036854775808)
# expect error: error[syntax]: integer literal '9223372036854775808' is too large for a 64-bit integer
