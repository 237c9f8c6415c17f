let = 5
# expect error: error[syntax]:
