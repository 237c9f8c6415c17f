print("héllo".upper())  # expect: HÉLLO
print("ÀB".lower())  # expect: àb
