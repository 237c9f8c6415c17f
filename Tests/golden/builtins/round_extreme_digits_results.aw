# round() with very many or very negative digits.
# expected ones below): rounding 1.5 to 30 digits gives 1.5000000000000002; rounding to
# -400 digits gives nan instead of 0.0; rounding an int to -30 digits returns it
# unchanged instead of 0.
print(round(1.5, 30))  # expect: 1.5
print(round(1.5, -400))  # expect: 0.0
print(round(123456789, -30))  # expect: 0
print(round(5, -9223372036854775807))  # expect: 0
