var i = 0
var total = 0
while i < 5 {
    total += i
    i += 1
}
print(i, total)  # expect: 5 10
