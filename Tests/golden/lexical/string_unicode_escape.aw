print("\u{1F600}")  # expect: 😀
print("caf\u{E9}")  # expect: café
print(len("\u{1F600}"))  # expect: 1
