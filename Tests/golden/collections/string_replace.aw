print("a-b-c".replace("-", "+"))  # expect: a+b+c
print("aaa".replace("a", ""))  # expect:
