# A group with no children exits at once.
with group() as g {
    print("empty body")  # expect: empty body
}
print("exited at", now())  # expect: exited at 0.0
