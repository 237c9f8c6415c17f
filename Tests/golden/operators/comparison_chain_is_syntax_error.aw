print("not run")
print(1 < 2 < 3)
# expect error: error[syntax]:
