async fn square(x) => x * x
var total = 0
for i in range(1, 4) {
    total += await square(i)
}
print(total)  # expect: 14
