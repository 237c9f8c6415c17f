print(1e)
# expect error: error[syntax]:
