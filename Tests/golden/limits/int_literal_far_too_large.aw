let x = 123456789012345678901234567890
# expect error: error[syntax]:
