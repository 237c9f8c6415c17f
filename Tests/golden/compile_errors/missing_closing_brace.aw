print("never printed")
if true {
    print(1)
# expect error: error[syntax]:
