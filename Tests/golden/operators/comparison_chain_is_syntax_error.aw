print("not run")
print(1 < 2 < 3)
# expect error: error[syntax]: comparison operators cannot be chained; write '1 < 2 and 2 < 3'
