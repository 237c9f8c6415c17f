print(0XFF, 0xAbC)  # expect: 255 2748
print(1E3, 1.5e+2)  # expect: 1000.0 150.0
