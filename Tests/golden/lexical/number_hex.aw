print(0x1F)  # expect: 31
print(0xff + 1)  # expect: 256
