# Children of a group run concurrently.
with group() as g {
    for i in range(5) { g.spawn(sleep(2)) }
}
print(now())  # expect: 2.0
