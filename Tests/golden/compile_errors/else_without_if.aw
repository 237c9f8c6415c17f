else { print(1) }
# expect error: error[syntax]:
