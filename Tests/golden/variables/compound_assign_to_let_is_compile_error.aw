let n = 1
n += 1
# expect error: error[syntax]:
