print("never printed")
break
# expect error: error[syntax]:
