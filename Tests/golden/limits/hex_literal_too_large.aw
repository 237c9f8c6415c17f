let x = 0x10000000000000000
# expect error: error[syntax]: integer literal '0x10000000000000000' is too large for a 64-bit integer
