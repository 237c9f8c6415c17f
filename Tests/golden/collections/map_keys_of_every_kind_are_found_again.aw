# Keys of every kind go in and are found again, including many ints in a row
# (which a weak hash would pile into a few buckets), negatives, 1 and 1.0 as
# one key, and strings built at run time equal to constants.
let m = {}
for i in range(-50000, 50000) {
    m[i * 7] = i
}
var found = 0
for i in range(-50000, 50000) {
    if m[i * 7] == i { found += 1 }
}
print(len(m), found)  # expect: 100000 100000
print(m.get(7 * 50000, "none"), m.get(3, "none"))  # expect: none none

let mixed = {}
mixed[nil] = "nil"
mixed[true] = "true"
mixed[false] = "false"
mixed[1] = "one"
mixed[1.0] = "one again"
mixed[2.5] = "two and a half"
mixed["k" + "ey"] = "string"
print(len(mixed))  # expect: 6
print(mixed[nil], mixed[true], mixed[false], mixed[1], mixed[2.5], mixed["key"])  # expect: nil true false one again two and a half string
print(mixed.key, mixed.get(1.5, "none"))  # expect: string none
