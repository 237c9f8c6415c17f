# The loop variable is a fresh, mutable binding each iteration; assigning it does not
# change the iteration.
var seen = []
for i in range(3) {
    i *= 10
    seen.append(i)
}
print(seen)  # expect: [0, 10, 20]
