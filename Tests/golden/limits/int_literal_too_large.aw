print("never printed")
print(9223372036854775808)
# expect error: error[syntax]:
