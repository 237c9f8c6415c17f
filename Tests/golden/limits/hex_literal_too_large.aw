let x = 0x10000000000000000
# expect error: error[syntax]:
