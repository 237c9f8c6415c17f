var pairs = []
for i in range(3) {
    for j in range(3) {
        if i == j { continue }
        pairs.append("\(i)\(j)")
    }
}
print(pairs)  # expect: ["01", "02", "10", "12", "20", "21"]
