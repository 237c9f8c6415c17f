let xs = [3, 9, 4]
print(max(...xs))  # expect: 9
print(...["a", "b"], sep: ",")  # expect: a,b
