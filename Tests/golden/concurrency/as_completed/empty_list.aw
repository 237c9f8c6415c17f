# as_completed of an empty list yields nothing.
for await r in as_completed([]) { print("never") }
print("done")  # expect: done
