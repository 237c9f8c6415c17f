print(0x)
# expect error: error[syntax]: malformed number '0x'
