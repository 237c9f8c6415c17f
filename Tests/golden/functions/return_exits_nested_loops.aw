fn find(grid, target) {
    for row in grid {
        for v in row {
            if v == target { return "found \(v)" }
        }
    }
    return "missing"
}
print(find([[1, 2], [3, 4]], 3))  # expect: found 3
print(find([[1]], 9))  # expect: missing
