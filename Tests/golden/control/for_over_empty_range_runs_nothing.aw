for i in range(0) { print("never") }
for i in range(5, 1) { print("never") }
print("done")  # expect: done
