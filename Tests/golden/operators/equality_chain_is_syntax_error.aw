print(1 == 1 == true)
# expect error: error[syntax]:
