var results = []
for s in ["1", "x", "3"] {
    try {
        results.append(int(s))
    } catch ValueError {
        results.append(nil)
    }
}
print(results)  # expect: [1, nil, 3]
