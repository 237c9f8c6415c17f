print(0x)
# expect error: error[syntax]:
