print("never printed")
print(1
# expect error: error[syntax]:
