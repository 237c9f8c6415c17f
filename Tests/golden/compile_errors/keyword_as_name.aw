let spawn = 1
# expect error: error[syntax]:
