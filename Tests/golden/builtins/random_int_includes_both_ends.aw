# args: --seed 3
let seen = {}
for i in range(500) {
    let n = random_int(1, 3)
    seen[n] = true
}
print(sorted(seen.keys()))  # expect: [1, 2, 3]
