# Ints, floats and strings sort by a specialised comparison; the sort stays
# stable (equal keys keep their order), in reverse too, and mixed or
# unordered values still go through the general comparison.
let pairs = [[3, "a"], [1, "b"], [3, "c"], [2, "d"], [1, "e"]]
print(sorted(pairs, key: fn (p) => p[0]))  # expect: [[1, "b"], [1, "e"], [2, "d"], [3, "a"], [3, "c"]]
print(sorted(pairs, key: fn (p) => p[0], reverse: true))  # expect: [[3, "a"], [3, "c"], [2, "d"], [1, "b"], [1, "e"]]
print(sorted([5, -2, 9, 0, -2, 7], reverse: true))  # expect: [9, 7, 5, 0, -2, -2]
print(sorted([0.0, -0.0, 0.0, -1.5]))  # expect: [-1.5, 0.0, -0.0, 0.0]
print(sorted([2.5, 1.0, 2.5, -3.25]))  # expect: [-3.25, 1.0, 2.5, 2.5]
let byLength = sorted(["ccc", "bb", "a", "dd", "e"], key: len)
print(byLength)  # expect: ["a", "e", "bb", "dd", "ccc"]
print(sorted(["pear", "Apple", "apple", "banana"]))  # expect: ["Apple", "apple", "banana", "pear"]
print(sorted(["b", "a", "c"], reverse: true))  # expect: ["c", "b", "a"]
print(sorted([3, 1.5, 2]))  # expect: [1.5, 2, 3]
let nums = [4, 2, 8]
nums.sort(key: fn (x) => -x)
print(nums)  # expect: [8, 4, 2]
let big = []
for i in range(2000) { big.append((i * 7919) % 1000) }
let ordered = sorted(big)
var ok = true
for i in range(1, len(ordered)) { if ordered[i - 1] > ordered[i] { ok = false } }
print(ok, len(ordered), ordered[0], ordered[-1])  # expect: true 2000 0 999
try {
    sorted([1, "a", 2])
} catch TypeError as e {
    print("TypeError")  # expect: TypeError
}
