# In virtual-clock mode now() starts at 0.0.
print(now())  # expect: 0.0
