let x = 123456789012345678901234567890
# expect error: error[syntax]: integer literal '123456789012345678901234567890' is too large for a 64-bit integer
