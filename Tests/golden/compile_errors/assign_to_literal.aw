1 = 2
# expect error: error[syntax]:
