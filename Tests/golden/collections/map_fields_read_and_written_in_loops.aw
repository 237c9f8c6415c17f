# Fields of maps used as records, read and written many times (`p.x`,
# `p.x = …`, `p.x += …`), with keys made by literals, by subscripts and by
# `json.parse`, in small maps and in one with many keys.
let points = []
for i in range(3) { points.append({x: i, y: 10 * i}) }
for _ in range(1000) {
    for p in points {
        p.x += 1
        p.y = p.y + p.x
    }
}
print(points[2])  # expect: {"x": 1002, "y": 502520}
let built = {}
built["name"] = "ada"
built.age = 36
print(built.name, built.age, built["age"])  # expect: ada 36 36
let parsed = json.parse("{\"score\": 7}")
parsed.score += 1
print(parsed.score)  # expect: 8
let wide = {}
for i in range(40) { wide["k" + str(i)] = i }
wide.k39 += 100
print(wide.k0, wide.k39, len(wide))  # expect: 0 139 40
let odd = {keys: "mine", size: 2}
print(odd.size, odd["keys"], odd.keys())  # expect: 2 mine ["keys", "size"]
let nums = [1, 2]
try {
    nums.x = 1
} catch TypeError as e {
    print(e.message)  # expect: cannot set member 'x' of list; only maps have settable members
}
