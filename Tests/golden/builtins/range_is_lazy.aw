# A huge range costs nothing until iterated.
let r = range(1_000_000_000_000)
print(type(r))  # expect: range
for i in r {
    if i == 2 { break }
}
print("done")  # expect: done
